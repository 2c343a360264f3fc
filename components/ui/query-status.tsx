'use client';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { Alert } from './alert';
import { Button } from './button';
import { LoadingRows } from './loading-rows';

/** The parts of a react-query result these helpers read. */
export interface StatusQuery {
  isPending: boolean;
  error: unknown;
  data?: unknown;
  isFetching?: boolean;
  refetch?: () => unknown;
}

/** Errors no retry can mend: what was shown is gone (deleted) or no longer the caller's to see. */
const FINAL_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHORIZED']);

function isFinal(error: unknown): boolean {
  const code = (error as { data?: { code?: unknown } | null } | null)?.data?.code;
  return typeof code === 'string' && FINAL_CODES.has(code);
}

/**
 * Whether the query has something to show. A refresh that fails for a passing reason (network,
 * server) keeps the data it had (react-query keeps it, with `error` set): the view goes on showing
 * it under `RefreshFailed` instead of replacing it with an error. A final error (deleted, access
 * withdrawn) wins over the old data.
 */
export function hasData<Q extends { data?: unknown; error?: unknown }>(
  query: Q,
): query is Q & { data: NonNullable<Q['data']> } {
  return query.data !== undefined && query.data !== null && !isFinal(query.error);
}

function RetryButton({ query }: { query: StatusQuery }) {
  const t = useTranslations('common');
  const { refetch } = query;
  if (!refetch || isFinal(query.error)) return null;
  return (
    <Button variant="secondary" size="sm" disabled={query.isFetching} onClick={() => void refetch()}>
      {query.isFetching ? t('retrying') : t('tryAgain')}
    </Button>
  );
}

/** What a list shows while its query loads, or after it failed with nothing loaded: the reason and a retry. */
export function QueryStatus({ query }: { query: StatusQuery }) {
  const errorMessage = useErrorMessage();
  if (query.isPending) return <LoadingRows />;
  return (
    <Alert>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span>{errorMessage(query.error, 'read')}</span>
        <RetryButton query={query} />
      </div>
    </Alert>
  );
}

/** Above data a later refresh failed to update: says so, with the reason and a retry; else nothing. */
export function RefreshFailed({ query }: { query: StatusQuery }) {
  const t = useTranslations('common');
  const errorMessage = useErrorMessage();
  if (!query.error || !hasData(query)) return null;
  return (
    <Alert tone="warning">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span>{t('refreshFailed', { reason: errorMessage(query.error, 'read') })}</span>
        <RetryButton query={query} />
      </div>
    </Alert>
  );
}
