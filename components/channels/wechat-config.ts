import { z } from 'zod';
import { WECHAT_MODES } from '@/core/channels/wechat-setup-schema';

const optionalText = z.string().optional().catch(undefined);

/** The non-secret settings of a WeChat / WeCom channel as `channel.list` returns them (free-form JSON). */
const wechatConfigSchema = z.object({
  appId: optionalText,
  corpId: optionalText,
  agentId: optionalText,
  mode: z.enum(WECHAT_MODES).optional().catch(undefined),
  apiBase: optionalText,
  aesKeyHint: optionalText,
  appSecretHint: optionalText,
  hasAppSecret: z.boolean().catch(false),
});

export type WeChatConfig = z.infer<typeof wechatConfigSchema>;

/** Reads a WeChat / WeCom channel's config; unreadable fields become absent, never a throw. */
export function readWeChatConfig(config: unknown): WeChatConfig {
  const parsed = wechatConfigSchema.safeParse(config);
  return parsed.success ? parsed.data : { hasAppSecret: false };
}
