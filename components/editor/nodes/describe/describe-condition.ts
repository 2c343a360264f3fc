import { type Condition } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { describeTimeWindow } from './describe-time-window';
import { type Translate } from './translate';

const operators = { eq: '=', neq: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;

/** One condition as a short phrase: `city = Shanghai`, `has tag vip`, `in hours 09:00–18:00`. */
export function describeCondition(condition: Condition, t: Translate): string {
  const phrase = (key: string, values: Record<string, string>) =>
    t(`editorNodes.describe.condition.${key}`, values);
  const { negate } = condition;
  switch (condition.kind) {
    case 'compare': {
      const test = `${condition.subject} ${operators[condition.operator]} ${condition.value}`;
      return negate ? phrase('not', { test }) : test;
    }
    case 'contains':
      return phrase(negate ? 'notContains' : 'contains', {
        subject: condition.subject,
        value: condition.value,
      });
    case 'regex':
      return phrase(negate ? 'notMatches' : 'matches', {
        subject: condition.subject,
        pattern: `/${condition.pattern}/${condition.flags}`,
      });
    case 'is-set':
      return phrase(negate ? 'isNotSet' : 'isSet', { subject: condition.subject });
    case 'has-tag':
      return phrase(negate ? 'lacksTag' : 'hasTag', { tag: condition.tag });
    case 'channel':
      return phrase(negate ? 'notChannel' : 'channel', { channel: condition.channel });
    case 'time-window':
      return phrase(negate ? 'outsideWindow' : 'inWindow', {
        window: describeTimeWindow(condition.window, t),
      });
    default:
      return assertNever(condition);
  }
}
