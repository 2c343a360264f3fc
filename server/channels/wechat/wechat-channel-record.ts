import type { WeChatMpSetup, WeComSetup } from '@/core/channels/wechat-setup-schema';

/** A WeChat-side setup as one channel row stores it: `config` in the clear, `secrets` encrypted. */
export interface WeChatChannelRecord {
  config: Record<string, unknown>;
  secrets: Record<string, string>;
}

/** Shows which key is in use (`…a1B2`) without sending it back; short tokens get no hint. */
const hint = (secret: string | undefined) => (secret && secret.length >= 16 ? secret.slice(-4) : undefined);

/** `value` without its undefined entries. */
function defined<V>(value: Record<string, V | undefined>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out;
}

/**
 * The row contents of an Official Account (`wechat_mp`) or WeCom app (`wecom`) channel. The config
 * carries hints of the AES key and app secret and whether each is set, never the values.
 */
export function wechatChannelRecord(
  setup: { type: 'wechat_mp'; value: WeChatMpSetup } | { type: 'wecom'; value: WeComSetup },
): WeChatChannelRecord {
  // The app secret is `appSecret` on an Official Account and `secret` on a WeCom app.
  const [ids, secretKey] =
    setup.type === 'wechat_mp'
      ? [{ appId: setup.value.appId, mode: setup.value.mode }, 'appSecret' as const]
      : [{ corpId: setup.value.corpId, agentId: setup.value.agentId }, 'secret' as const];
  const { token, encodingAesKey, apiBase } = setup.value;
  const appSecret = setup.type === 'wechat_mp' ? setup.value.appSecret : setup.value.secret;
  return {
    config: defined({
      ...ids,
      apiBase,
      aesKeyHint: hint(encodingAesKey),
      appSecretHint: hint(appSecret),
      hasAppSecret: appSecret !== undefined,
    }),
    secrets: defined({ token, encodingAesKey, [secretKey]: appSecret }),
  };
}
