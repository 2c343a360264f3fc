import { z } from 'zod';
import type { WeChatFieldErrors } from './wechat-setup-draft';
import { wechatIssueErrors } from './wechat-issue-errors';

const errorDataSchema = z.object({
  data: z.object({
    appCode: z.string().nullish(),
    appDetails: z.object({ field: z.string(), problem: z.string() }).nullish().catch(null),
    zodIssues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
      .nullish()
      .catch(null),
  }),
});

/**
 * The field errors an API refusal of WeChat / WeCom settings carries: input-validation issues with
 * `wechat.<code>` messages, or `CHANNEL_SETTINGS_INVALID` with `{ field, problem }`. Empty for any
 * other error (shown as a sentence through useErrorMessage instead).
 */
export function wechatServerErrors(error: unknown): WeChatFieldErrors {
  const parsed = errorDataSchema.safeParse(error);
  if (!parsed.success) return {};
  const { appCode, appDetails, zodIssues } = parsed.data.data;
  if (appCode === 'CHANNEL_SETTINGS_INVALID' && appDetails) {
    return wechatIssueErrors([{ path: appDetails.field.split('.'), message: appDetails.problem }]);
  }
  return wechatIssueErrors(zodIssues ?? []);
}
