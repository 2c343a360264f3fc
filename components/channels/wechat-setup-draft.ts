import type { WeChatMode } from '@/core/channels/wechat-setup-schema';
import type { WeChatConfig } from './wechat-config';

export type WeChatChannelType = 'wechat_mp' | 'wecom';

/**
 * What the WeChat / WeCom setup form holds, as typed. `secret` is the Official Account's AppSecret or
 * the WeCom app's Secret; `mode` only applies to Official Accounts (WeCom always encrypts).
 */
export interface WeChatDraft {
  appId: string;
  corpId: string;
  agentId: string;
  secret: string;
  token: string;
  encodingAesKey: string;
  mode: WeChatMode;
  apiBase: string;
}

export type WeChatDraftField = keyof WeChatDraft;

/** Field → problem code without the `wechat.` prefix (`tokenInvalid`); translated under `channels.wechatErrors`. */
export type WeChatFieldErrors = Partial<Record<WeChatDraftField, string>>;

/**
 * A fresh form: empty for a new channel (safe mode, the recommended one), or the stored non-secret
 * values of an existing channel. Secrets always start empty: empty means "keep the current one".
 */
export function newWeChatDraft(current?: WeChatConfig): WeChatDraft {
  return {
    appId: current?.appId ?? '',
    corpId: current?.corpId ?? '',
    agentId: current?.agentId ?? '',
    secret: '',
    token: '',
    encodingAesKey: '',
    mode: current?.mode ?? 'safe',
    apiBase: current?.apiBase ?? '',
  };
}
