'use client';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { Alert } from './alert';
import { LoadingRows } from './loading-rows';

/** What a list shows while its query loads or after it failed. */
export function QueryStatus({ query }: { query: { isPending: boolean; error: unknown } }) {
  const errorMessage = useErrorMessage();
  if (query.isPending) return <LoadingRows />;
  return <Alert>{errorMessage(query.error)}</Alert>;
}
