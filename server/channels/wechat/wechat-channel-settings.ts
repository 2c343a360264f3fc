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
