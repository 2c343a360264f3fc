import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/api/root';

/** One message of a channel's log, as `delivery.list` returns it. */
export type LogItem = inferRouterOutputs<AppRouter>['delivery']['list']['items'][number];
