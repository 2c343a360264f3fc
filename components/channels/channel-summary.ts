import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/api/root';
import { readWeChatConfig, type WeChatConfig } from './wechat-config';

type ChannelRow = inferRouterOutputs<AppRouter>['channel']['list'][number];

/** A channel as the channels section shows it: a `channel.list` row (never a secret) with its callback URL read. */
export type ChannelSummary = Omit<ChannelRow, 'config'> & {
  /** A webhook's `config.callbackUrl`, null when unset. */
  callbackUrl: string | null;
  /** The last characters of the signing secret (never the secret), null when unknown. */
  secretHint: string | null;
  /** An Official Account's or WeCom app's settings (hints only, no secrets); null for other types. */
  wechat: WeChatConfig | null;
};

/** Reads the UI's shape from a `channel.list` row (its config is free-form JSON). */
export function toChannelSummary({ config, ...rest }: ChannelRow): ChannelSummary {
  const isWeChat = rest.type === 'wechat_mp' || rest.type === 'wecom';
  return {
    ...rest,
    callbackUrl: typeof config.callbackUrl === 'string' ? config.callbackUrl : null,
    secretHint: typeof config.secretHint === 'string' ? config.secretHint : null,
    wechat: isWeChat ? readWeChatConfig(config) : null,
  };
}
