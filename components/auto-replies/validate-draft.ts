import { type AutoReplySettings, autoReplySettingsSchema, compileAutoReplies } from '@/core';
import { type DraftProblem } from './draft-problem';

export type DraftValidation =
  { ok: true; settings: AutoReplySettings } | { ok: false; problems: DraftProblem[] };

const limitOf = (issue: { minimum?: unknown; maximum?: unknown }): number | undefined => {
  const bound = issue.minimum ?? issue.maximum;
  return typeof bound === 'number' || typeof bound === 'bigint' ? Number(bound) : undefined;
};

/**
 * What the server would say about `draft`, before sending it: the settings schema first (field
 * issues), then the same compilation the server runs (empty replies, duplicate keywords, bad
 * hours, compiler errors). Pure; `settings` is the parsed value to send.
 */
export function validateDraft(draft: AutoReplySettings, timezone: string): DraftValidation {
  const parsed = autoReplySettingsSchema.safeParse(draft);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue): DraftProblem => {
        const limit = limitOf(issue as { minimum?: unknown; maximum?: unknown });
        return {
          path: issue.path.filter((part) => typeof part !== 'symbol'),
          code: `zod:${issue.code}`,
          message: issue.message,
          ...(limit === undefined ? {} : { limit }),
        };
      }),
    };
  }
  const { problems } = compileAutoReplies({ settings: parsed.data, timezone });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings: parsed.data };
}
