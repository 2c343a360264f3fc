import { wechatMpSetupSchema, wecomSetupSchema } from '@/core/channels/wechat-setup-schema';

/** What checking and opening a callback needs, whichever kind of channel it is. */
export interface CallbackEndpoint {
  token: string;
  encodingAesKey?: string;
  /** The AppID (Official Account) or CorpID (WeCom) encrypted messages must be for. */
  receiveId: string;
  mode: 'plain' | 'compat' | 'safe';
  /** WeCom: every push is encrypted, and the URL check's echostr is too. */
  wecom: boolean;
}

/**
 * A channel's callback endpoint from its stored settings (config and decrypted secrets, checked by
 * the same setup schema the screens and the API use), or null when they are incomplete.
 */
export function callbackEndpointOf(channel: {
  type: string;
  config: unknown;
  secrets: unknown;
}): CallbackEndpoint | null {
  const stored = { ...(channel.config as object | null), ...(channel.secrets as object | null) };
  if (channel.type === 'wechat_mp') {
    const setup = wechatMpSetupSchema.safeParse(stored);
    if (!setup.success) return null;
    return {
      token: setup.data.token,
      ...(setup.data.encodingAesKey ? { encodingAesKey: setup.data.encodingAesKey } : {}),
      receiveId: setup.data.appId,
      mode: setup.data.mode,
      wecom: false,
    };
  }
  if (channel.type === 'wecom') {
    const setup = wecomSetupSchema.safeParse(stored);
    if (!setup.success) return null;
    return {
      token: setup.data.token,
      encodingAesKey: setup.data.encodingAesKey,
      receiveId: setup.data.corpId,
      mode: 'safe',
      wecom: true,
    };
  }
  return null;
}
