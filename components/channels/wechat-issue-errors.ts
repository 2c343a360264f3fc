import type { WeChatDraftField, WeChatFieldErrors } from './wechat-setup-draft';

/** API / schema field names as the form calls them (the Official Account's `appSecret` is the form's `secret`). */
const FORM_FIELDS: Record<string, WeChatDraftField> = {
  appId: 'appId',
  corpId: 'corpId',
  agentId: 'agentId',
  appSecret: 'secret',
  secret: 'secret',
  token: 'token',
  encodingAesKey: 'encodingAesKey',
  mode: 'mode',
  apiBase: 'apiBase',
};

const PREFIX = 'wechat.';

/**
 * Field errors from setup-schema issues (`message` is a `wechat.<code>` code, the last path segment
 * names the field). Issues that name no form field, or carry another message, are left out; the
 * first issue of a field wins.
 */
export function wechatIssueErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: WeChatFieldErrors = {};
  for (const issue of issues) {
    const last = issue.path[issue.path.length - 1];
    const field = typeof last === 'string' ? FORM_FIELDS[last] : undefined;
    if (!field || !issue.message.startsWith(PREFIX) || errors[field]) continue;
    errors[field] = issue.message.slice(PREFIX.length);
  }
  return errors;
}
