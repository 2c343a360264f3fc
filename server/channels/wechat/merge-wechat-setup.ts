import {
  wechatMpSetupSchema,
  wecomSetupSchema,
  type WeChatMpSetup,
  type WeComSetup,
} from '@/core/channels/wechat-setup-schema';
import { AppError } from '../../api/app-error';
import { wechatChannelRecord, type WeChatChannelRecord } from './wechat-channel-record';

/** Changed fields of a setup: a value replaces, absent keeps, `apiBase: null` goes back to WeChat's host. */
export type WeChatSetupChange = Partial<Record<string, string | null | undefined>>;

/**
 * A WeChat / WeCom channel's new row contents after `change`, checked as a whole (switching to safe
 * mode needs an AES key, for one). `stored` is the channel's current config and decrypted secrets.
 * Also tells whether the callback check must be passed again (token, key, AppID or CorpID changed).
 */
export function mergeWeChatSetup(options: {
  type: 'wechat_mp' | 'wecom';
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
  change: WeChatSetupChange;
}): { record: WeChatChannelRecord; reverify: boolean } {
  const current: Record<string, unknown> = { ...options.config, ...options.secrets };
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(options.change)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  const parsed =
    options.type === 'wechat_mp' ? wechatMpSetupSchema.safeParse(next) : wecomSetupSchema.safeParse(next);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('CHANNEL_SETTINGS_INVALID', `${issue.path.join('.')}: ${issue.message}`, {
      field: issue.path.join('.'),
      problem: issue.message,
    });
  }
  const record =
    options.type === 'wechat_mp'
      ? wechatChannelRecord({ type: 'wechat_mp', value: parsed.data as WeChatMpSetup })
      : wechatChannelRecord({ type: 'wecom', value: parsed.data as WeComSetup });
  const reverify = ['token', 'encodingAesKey', 'appId', 'corpId'].some((k) => next[k] !== current[k]);
  return { record, reverify };
}
