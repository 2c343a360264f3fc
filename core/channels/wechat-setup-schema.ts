import { z } from 'zod';

/**
 * What an operator enters to connect a WeChat Official Account or a WeCom self-built app, shared by
 * the setup screens (field checks in the browser), the API and `replyflow channel add`. Field errors
 * carry stable codes as messages (`wechat.<code>`), which the UI translates.
 */
export const WECHAT_FIELD_PATTERNS = {
  /** WeChat's "Token" (令牌): 3-32 letters or digits. */
  token: /^[A-Za-z0-9]{3,32}$/,
  /** EncodingAESKey (消息加解密密钥): exactly 43 letters or digits. */
  encodingAesKey: /^[A-Za-z0-9]{43}$/,
  /** AppID (开发者ID): wx + 16 letters or digits. */
  appId: /^wx[0-9a-zA-Z]{16}$/,
  /** AppSecret / WeCom Secret: letters, digits, - and _ (32 hex for AppSecret, 43 for WeCom). */
  secret: /^[A-Za-z0-9_-]{16,128}$/,
  /** CorpID: ww (or wx for older corps) + 16 letters or digits. */
  corpId: /^w[wx][0-9a-zA-Z]{16}$/,
  /** AgentID: the app's number. */
  agentId: /^\d{1,12}$/,
} as const;

export const WECHAT_MODES = ['plain', 'compat', 'safe'] as const;
export type WeChatMode = (typeof WECHAT_MODES)[number];

/** Where the customer-service and token APIs live: WeChat's own host unless a relay is used. */
export const DEFAULT_API_BASE = {
  wechat_mp: 'https://api.weixin.qq.com',
  wecom: 'https://qyapi.weixin.qq.com',
} as const;

const field = (pattern: RegExp, code: string) =>
  z
    .string()
    .trim()
    .regex(pattern, { error: `wechat.${code}` });

/** An API base URL override (a relay with a fixed egress IP, or a fake server in tests). */
export const apiBaseSchema = z
  .url({ protocol: /^https?$/, error: 'wechat.apiBaseInvalid' })
  .max(500, { error: 'wechat.apiBaseInvalid' })
  .transform((url) => url.replace(/\/+$/, ''));

/** The Official Account fields, unrefined (updates take a partial of them). */
export const wechatMpSetupFields = z.object({
  appId: field(WECHAT_FIELD_PATTERNS.appId, 'appIdInvalid'),
  /** Needed to send anything beyond the passive reply (customer-service API). */
  appSecret: field(WECHAT_FIELD_PATTERNS.secret, 'secretInvalid').optional(),
  token: field(WECHAT_FIELD_PATTERNS.token, 'tokenInvalid'),
  encodingAesKey: field(WECHAT_FIELD_PATTERNS.encodingAesKey, 'aesKeyInvalid').optional(),
  mode: z.enum(WECHAT_MODES),
  apiBase: apiBaseSchema.optional(),
});

/** Encrypted and compatible modes need the EncodingAESKey. */
export const wechatMpSetupSchema = wechatMpSetupFields.refine(
  (v) => v.mode === 'plain' || v.encodingAesKey !== undefined,
  {
    error: 'wechat.aesKeyRequired',
    path: ['encodingAesKey'],
  },
);
export type WeChatMpSetup = z.infer<typeof wechatMpSetupSchema>;

export const wecomSetupSchema = z.object({
  corpId: field(WECHAT_FIELD_PATTERNS.corpId, 'corpIdInvalid'),
  agentId: field(WECHAT_FIELD_PATTERNS.agentId, 'agentIdInvalid'),
  /** The app's Secret: needed to send anything beyond the passive reply (message/send API). */
  secret: field(WECHAT_FIELD_PATTERNS.secret, 'secretInvalid').optional(),
  token: field(WECHAT_FIELD_PATTERNS.token, 'tokenInvalid'),
  encodingAesKey: field(WECHAT_FIELD_PATTERNS.encodingAesKey, 'aesKeyInvalid'),
  apiBase: apiBaseSchema.optional(),
});
export type WeComSetup = z.infer<typeof wecomSetupSchema>;
