import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/api/root';

type ChannelRow = inferRouterOutputs<AppRouter>['channel']['list'][number];

/** A channel as the channels section shows it: a `channel.list` row (never a secret) with its callback URL read. */
export type ChannelSummary = Omit<ChannelRow, 'config'> & {
  /** A webhook's `config.callbackUrl`, null when unset. */
  callbackUrl: string | null;
  /** The last characters of the signing secret (never the secret), null when unknown. */
  secretHint: string | null;
};

/** Reads the UI's shape from a `channel.list` row (its config is free-form JSON). */
export function toChannelSummary({ config, ...rest }: ChannelRow): ChannelSummary {
  return {
    ...rest,
    callbackUrl: typeof config.callbackUrl === 'string' ? config.callbackUrl : null,
    secretHint: typeof config.secretHint === 'string' ? config.secretHint : null,
  };
}
