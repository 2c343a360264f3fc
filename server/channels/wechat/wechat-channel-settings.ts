import { z } from 'zod';

/**
 * An Official Account channel's settings: `config` is non-secret (stored as is), `secrets` are
 * encrypted at rest and never sent to a browser (PROTOCOL.md §1-2).
 * - `plain`: plaintext pushes only; `compat`: plaintext or encrypted; `safe`: encrypted only.
 */
export const wechatChannelConfigSchema = z.object({
  appId: z
    .string()
    .regex(/^wx[0-9a-zA-Z]{16}$/, { error: 'AppID looks like wx followed by 16 letters or digits' }),
  mode: z.enum(['plain', 'compat', 'safe']).default('safe'),
});

export const wechatChannelSecretsSchema = z.object({
  /** WeChat's "Token": 3-32 letters or digits. */
  token: z.string().regex(/^[A-Za-z0-9]{3,32}$/, { error: 'Token is 3 to 32 letters or digits' }),
  encodingAesKey: z
    .string()
    .regex(/^[A-Za-z0-9]{43}$/, { error: 'EncodingAESKey is exactly 43 letters or digits' })
    .optional(),
  appSecret: z.string().min(1).optional(),
});

export type WeChatChannelConfig = z.infer<typeof wechatChannelConfigSchema>;
export type WeChatChannelSecrets = z.infer<typeof wechatChannelSecretsSchema>;

/**
 * A WeCom self-built app channel: callbacks are always encrypted, for the CorpID; `agentId` names the
 * app (pushes carry it; the send API needs it).
 */
export const wecomChannelConfigSchema = z.object({
  corpId: z.string().regex(/^w[wx][0-9a-zA-Z]{16}$/, {
    error: 'CorpID looks like ww (or wx) followed by 16 letters or digits',
  }),
  agentId: z.string().regex(/^\d{1,12}$/, { error: 'AgentID is a number' }),
});

export const wecomChannelSecretsSchema = z.object({
  token: wechatChannelSecretsSchema.shape.token,
  encodingAesKey: z
    .string()
    .regex(/^[A-Za-z0-9]{43}$/, { error: 'EncodingAESKey is exactly 43 letters or digits' }),
  /** The app's Secret (for gettoken). */
  secret: z.string().min(1).optional(),
});

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

/** A channel's callback endpoint from its stored settings, or null when they are incomplete. */
export function callbackEndpointOf(channel: {
  type: string;
  config: unknown;
  secrets: unknown;
}): CallbackEndpoint | null {
  if (channel.type === 'wechat_mp') {
    const config = wechatChannelConfigSchema.safeParse(channel.config);
    const secrets = wechatChannelSecretsSchema.safeParse(channel.secrets);
    if (!config.success || !secrets.success) return null;
    return {
      token: secrets.data.token,
      ...(secrets.data.encodingAesKey ? { encodingAesKey: secrets.data.encodingAesKey } : {}),
      receiveId: config.data.appId,
      mode: config.data.mode,
      wecom: false,
    };
  }
  if (channel.type === 'wecom') {
    const config = wecomChannelConfigSchema.safeParse(channel.config);
    const secrets = wecomChannelSecretsSchema.safeParse(channel.secrets);
    if (!config.success || !secrets.success) return null;
    return {
      token: secrets.data.token,
      encodingAesKey: secrets.data.encodingAesKey,
      receiveId: config.data.corpId,
      mode: 'safe',
      wecom: true,
    };
  }
  return null;
}
