import { z } from 'zod';
import { timeWindowSchema } from '../../time/time-window-schema';

/**
 * One test of a condition branch. `subject` is a path as in templates (`city`, `vars.city`,
 * `contact.city`, `input`); `value` may contain `{{ }}`.
 */
export const conditionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('compare'),
    subject: z.string(),
    operator: z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte']),
    value: z.string(),
    negate: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('contains'),
    subject: z.string(),
    value: z.string(),
    negate: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('regex'),
    subject: z.string(),
    pattern: z.string(),
    flags: z.string().default(''),
    negate: z.boolean().default(false),
  }),
  z.object({ kind: z.literal('is-set'), subject: z.string(), negate: z.boolean().default(false) }),
  z.object({ kind: z.literal('has-tag'), tag: z.string(), negate: z.boolean().default(false) }),
  z.object({ kind: z.literal('channel'), channel: z.string(), negate: z.boolean().default(false) }),
  z.object({ kind: z.literal('time-window'), window: timeWindowSchema, negate: z.boolean().default(false) }),
]);

export type Condition = z.infer<typeof conditionSchema>;
