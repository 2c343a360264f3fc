import {
  wechatMpSetupSchema,
  wecomSetupSchema,
  type WeChatMpSetup,
  type WeComSetup,
} from '@/core/channels/wechat-setup-schema';
import type { WeChatChannelType, WeChatDraft, WeChatFieldErrors } from './wechat-setup-draft';
import { wechatIssueErrors } from './wechat-issue-errors';

/** `text` trimmed, or undefined when that leaves nothing (an optional field left empty). */
const optional = (text: string) => text.trim() || undefined;

export type WeChatCreateSettings =
  { type: 'wechat_mp'; wechat: WeChatMpSetup } | { type: 'wecom'; wecom: WeComSetup };

/**
 * The `channel.create` settings for a new Official Account / WeCom channel, checked with the same
 * schema as the API; or the field errors to show before anything is sent.
 */
export function wechatCreateInput(
  type: WeChatChannelType,
  draft: WeChatDraft,
): { ok: true; value: WeChatCreateSettings } | { ok: false; errors: WeChatFieldErrors } {
  if (type === 'wechat_mp') {
    const parsed = wechatMpSetupSchema.safeParse({
      appId: draft.appId,
      appSecret: optional(draft.secret),
      token: draft.token,
      encodingAesKey: optional(draft.encodingAesKey),
      mode: draft.mode,
      apiBase: optional(draft.apiBase),
    });
    return parsed.success
      ? { ok: true, value: { type, wechat: parsed.data } }
      : { ok: false, errors: wechatIssueErrors(parsed.error.issues) };
  }
  const parsed = wecomSetupSchema.safeParse({
    corpId: draft.corpId,
    agentId: draft.agentId,
    secret: optional(draft.secret),
    token: draft.token,
    encodingAesKey: draft.encodingAesKey,
    apiBase: optional(draft.apiBase),
  });
  return parsed.success
    ? { ok: true, value: { type, wecom: parsed.data } }
    : { ok: false, errors: wechatIssueErrors(parsed.error.issues) };
}
