import { type Condition } from '@/core';
import { assertNever } from '@/core/shared/assert-never';

/** A new condition of `kind`, as the condition editor adds it or switches to it. */
export function defaultCondition(kind: Condition['kind'], subject = ''): Condition {
  switch (kind) {
    case 'compare':
      return { kind, subject, operator: 'eq', value: '', negate: false };
    case 'contains':
      return { kind, subject, value: '', negate: false };
    case 'regex':
      return { kind, subject, pattern: '', flags: '', negate: false };
    case 'is-set':
      return { kind, subject, negate: false };
    case 'has-tag':
      return { kind, tag: '', negate: false };
    case 'channel':
      return { kind, channel: '', negate: false };
    case 'time-window':
      return {
        kind,
        window: { days: [1, 2, 3, 4, 5], hours: [{ start: '09:00', end: '18:00' }] },
        negate: false,
      };
    default:
      return assertNever(kind);
  }
}
