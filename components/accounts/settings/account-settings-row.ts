import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/api/root';

/** An `account.list` row: the settings card reads its timeout, time zone, language and allowlist. */
export type AccountSettingsRow = inferRouterOutputs<AppRouter>['account']['list'][number];
