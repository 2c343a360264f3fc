import { type Condition } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { describeTexts } from './describe-texts';
import { describeTimeWindow } from './describe-time-window';
import { type PickText } from './pick-text';

const operators = { eq: '=', neq: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;

/** One condition as a short phrase: `city = Shanghai`, `has tag vip`, `in hours 09:00–18:00`. */
export function describeCondition(condition: Condition, pick: PickText): string {
  const texts = describeTexts.condition;
  switch (condition.kind) {
    case 'compare': {
      const text = `${condition.subject} ${operators[condition.operator]} ${condition.value}`;
      return condition.negate ? pick(texts.not(text)) : text;
    }
    case 'contains':
      return pick(
        (condition.negate ? texts.notContains : texts.contains)(condition.subject, condition.value),
      );
    case 'regex': {
      const pattern = `/${condition.pattern}/${condition.flags}`;
      return pick((condition.negate ? texts.notMatches : texts.matches)(condition.subject, pattern));
    }
    case 'is-set':
      return pick((condition.negate ? texts.isNotSet : texts.isSet)(condition.subject));
    case 'has-tag':
      return pick((condition.negate ? texts.lacksTag : texts.hasTag)(condition.tag));
    case 'channel':
      return pick((condition.negate ? texts.notChannel : texts.channel)(condition.channel));
    case 'time-window': {
      const window = describeTimeWindow(condition.window, pick);
      return pick((condition.negate ? texts.outsideWindow : texts.inWindow)(window));
    }
    default:
      return assertNever(condition);
  }
}
