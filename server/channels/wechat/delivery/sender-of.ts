import { DEFAULT_API_BASE } from '@/core/channels/wechat-setup-schema';
import type { SecretBox } from '@/server/security/secret-box';
import type { WeChatApp } from '../api/wechat-app';

/** The channel and contact a delivery goes to. */
export interface DeliveryTarget {
  type: string;
  config: Record<string, unknown> | null;
  secrets_encrypted: string | null;
  contact_id: string;
  external_id: string;
  /** The account's settings: its HTTP allowlist also governs images downloaded for upload. */
  account_settings?: Record<string, unknown> | null;
}

/** Whether a channel may call `apiBase`: WeChat's own hosts, or one the server's administrator allowed. */
export function apiBaseAllowed(apiBase: string, allowed: readonly string[]): boolean {
  return (Object.values(DEFAULT_API_BASE) as string[]).includes(apiBase) || allowed.includes(apiBase);
}

/**
 * The app a channel sends with, or why it cannot send beyond the passive reply (no app secret, an
 * API base the server does not allow, secrets it cannot decrypt).
 */
export function senderOf(options: {
  target: DeliveryTarget;
  secrets: SecretBox;
  allowedApiBases: readonly string[];
}): { app: WeChatApp; agentId?: string } | { error: string } {
  const { target } = options;
  const config = target.config ?? {};
  const wecom = target.type === 'wecom';
  let stored: Record<string, string> = {};
  try {
    stored = target.secrets_encrypted ? options.secrets.decryptJson(target.secrets_encrypted) : {};
  } catch {
    return { error: 'the channel’s secrets cannot be decrypted with this server’s key' };
  }
  const secret = wecom ? stored.secret : stored.appSecret;
  const id = wecom ? config.corpId : config.appId;
  if (!secret || typeof id !== 'string')
    return { error: wecom ? 'the channel has no app Secret' : 'the channel has no AppSecret' };
  const apiBase =
    typeof config.apiBase === 'string' ? config.apiBase : DEFAULT_API_BASE[wecom ? 'wecom' : 'wechat_mp'];
  if (!apiBaseAllowed(apiBase, options.allowedApiBases))
    return { error: `the API base ${apiBase} is not allowed on this server (REPLYFLOW_WECHAT_API_BASES)` };
  if (!wecom) return { app: { appId: id, appSecret: secret, apiBase } };
  const agentId = String(config.agentId ?? '');
  return { app: { appId: id, appSecret: secret, apiBase, wecomAgentId: agentId }, agentId };
}
