import type { WeChatDraft, WeChatDraftField, WeChatFieldErrors } from './wechat-setup-draft';

const FIELDS: readonly WeChatDraftField[] = [
  'appId',
  'corpId',
  'agentId',
  'secret',
  'token',
  'encodingAesKey',
  'mode',
  'apiBase',
];

/** `errors` without those of the fields `patch` changes: a field's error goes once it is edited. */
export function clearFieldErrors(errors: WeChatFieldErrors, patch: Partial<WeChatDraft>): WeChatFieldErrors {
  const next = { ...errors };
  for (const field of FIELDS) if (field in patch) delete next[field];
  return next;
}
