import { z } from 'zod';
import { messageSchema } from '../messages/message-schema';

export const AUTO_REPLY_SETTINGS_VERSION = 1;

/** What one auto-reply part sends: its messages in order, or one of them at random. */
export const autoReplySchema = z.object({
  messages: z.array(messageSchema).max(8).default([]),
  mode: z.enum(['all', 'random']).default('all'),
});

/**
 * A keyword → answer rule. `id` is stable: the generated node ids derive from it (see
 * `autoReplyNodeIds`), so it may not end in `-reply`, which would collide with another rule's
 * reply node.
 */
export const keywordReplyRuleSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Use 1-40 lowercase letters, digits and "-", not starting with "-".')
    .refine((id) => !id.endsWith('-reply'), 'A rule id may not end in "-reply".'),
  name: z.string().trim().max(60).default(''),
  keywords: z.array(z.string().trim().min(1).max(100)).min(1).max(50),
  match: z.enum(['exact', 'contains']).default('exact'),
  /** Higher is tried first; ties go exact before contains, then rule order. */
  priority: z.int().min(-1000).max(1000).default(0),
  enabled: z.boolean().default(true),
  reply: autoReplySchema.prefault({}),
});

const toggledReplySchema = z.object({
  enabled: z.boolean().default(false),
  reply: autoReplySchema.prefault({}),
});

/**
 * Account-level auto replies, as in the WeChat Official Account backend. Every part defaults to
 * disabled, so `parse({})` is a complete "nothing configured" value. The off-hours reply only
 * takes effect while business hours are enabled too; it then replaces the default reply
 * outside those hours.
 */
export const autoReplySettingsSchema = z.object({
  version: z.literal(AUTO_REPLY_SETTINGS_VERSION).default(AUTO_REPLY_SETTINGS_VERSION),
  /** Sent when a user follows the account. */
  follow: toggledReplySchema.prefault({}),
  /** Rule ids are unique within the list. */
  keywordRules: z
    .array(keywordReplyRuleSchema)
    .max(500)
    .default([])
    .superRefine((rules, ctx) => {
      const seen = new Map<string, number>();
      rules.forEach((rule, index) => {
        const first = seen.get(rule.id);
        if (first === undefined) seen.set(rule.id, index);
        else
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `Rule id "${rule.id}" is already used by rule ${first + 1}.`,
          });
      });
    }),
  /** Sent when a message matches no keyword rule (and no other flow's trigger). */
  defaultReply: toggledReplySchema.prefault({}),
  /** Wall-clock opening hours in the account's time zone. */
  businessHours: z
    .object({
      enabled: z.boolean().default(false),
      /** Days of week, 0 = Sunday … 6 = Saturday. */
      days: z.array(z.int().min(0).max(6)).default([1, 2, 3, 4, 5]),
      /** `HH:mm` ranges; an end before its start wraps past midnight. Checked when compiled. */
      hours: z
        .array(z.object({ start: z.string(), end: z.string() }))
        .default([{ start: '09:00', end: '18:00' }]),
      /** `YYYY-MM-DD` dates that are closed all day. */
      holidays: z.array(z.string()).default([]),
    })
    .prefault({}),
  /** Sent instead of the default reply outside business hours. */
  offHours: toggledReplySchema.prefault({}),
});

export type AutoReplySettings = z.output<typeof autoReplySettingsSchema>;
export type KeywordReplyRule = z.output<typeof keywordReplyRuleSchema>;
export type AutoReply = z.output<typeof autoReplySchema>;
