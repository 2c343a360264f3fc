import {
  apiBaseSchema,
  wechatMpSetupFields,
  wecomSetupSchema,
  type WeChatMode,
} from '@/core/channels/wechat-setup-schema';
import type { WeChatConfig } from './wechat-config';
import type { WeChatChannelType, WeChatDraft, WeChatFieldErrors } from './wechat-setup-draft';
import { wechatIssueErrors } from './wechat-issue-errors';

/** `channel.updateWeChat` settings: a value replaces, absent keeps, `apiBase: null` goes back to WeChat's host. */
export interface WeChatSettingsChange {
  appId?: string;
  appSecret?: string;
  corpId?: string;
  agentId?: string;
  secret?: string;
  token?: string;
  encodingAesKey?: string;
  mode?: WeChatMode;
  apiBase?: string | null;
}

const changedText = (typed: string, stored: string | undefined) => {
  const value = typed.trim();
  return value !== '' && value !== (stored ?? '') ? value : undefined;
};

/**
 * The settings to send when an existing channel's form is saved: only what changed. Empty secret
 * fields (token, AES key, app secret) keep the stored ones; an emptied API base goes back to WeChat's
 * host. Checked like the API would, including "compatible and safe mode need an AES key" against the
 * stored key. An empty change means nothing to save.
 */
export function wechatUpdateInput(options: {
  type: WeChatChannelType;
  draft: WeChatDraft;
  current: WeChatConfig;
}): { ok: true; value: WeChatSettingsChange } | { ok: false; errors: WeChatFieldErrors } {
  const { type, draft, current } = options;
  const apiBase = draft.apiBase.trim();
  const storedApiBase = current.apiBase ?? '';
  const secrets = {
    token: draft.token.trim() || undefined,
    encodingAesKey: draft.encodingAesKey.trim() || undefined,
  };
  const raw: WeChatSettingsChange =
    type === 'wechat_mp'
      ? {
          appId: changedText(draft.appId, current.appId),
          appSecret: draft.secret.trim() || undefined,
          ...secrets,
          mode: draft.mode !== current.mode ? draft.mode : undefined,
        }
      : {
          corpId: changedText(draft.corpId, current.corpId),
          agentId: changedText(draft.agentId, current.agentId),
          secret: draft.secret.trim() || undefined,
          ...secrets,
        };
  const { apiBase: _unused, ...fields } = raw;
  const schema = type === 'wechat_mp' ? wechatMpSetupFields.partial() : wecomSetupSchema.partial();
  const parsed = schema.safeParse(fields);
  const errors = parsed.success ? {} : wechatIssueErrors(parsed.error.issues);
  if (apiBase !== '' && apiBase !== storedApiBase && !apiBaseSchema.safeParse(apiBase).success) {
    errors.apiBase = 'apiBaseInvalid';
  }
  const needsKey = type === 'wechat_mp' && draft.mode !== 'plain';
  if (needsKey && !secrets.encodingAesKey && !current.aesKeyHint && !errors.encodingAesKey) {
    errors.encodingAesKey = 'aesKeyRequired';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const value: WeChatSettingsChange = {};
  for (const [key, v] of Object.entries(parsed.success ? parsed.data : {})) {
    if (v !== undefined) Object.assign(value, { [key]: v });
  }
  if (apiBase !== storedApiBase) value.apiBase = apiBase === '' ? null : apiBaseSchema.parse(apiBase);
  return { ok: true, value };
}
