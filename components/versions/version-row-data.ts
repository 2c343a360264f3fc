import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/api/root';

/** One row of `version.list` (newest first), with where it is live. */
export type VersionRowData = inferRouterOutputs<AppRouter>['version']['list']['versions'][number];
