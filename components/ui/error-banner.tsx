'use client';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { Alert } from './alert';

/** A page-level error above a list (a failed row action), in the user's language; nothing when null. */
export function ErrorBanner({ error }: { error: unknown }) {
  const errorMessage = useErrorMessage();
  if (!error) return null;
  return (
    <div className="mb-4">
      <Alert>{errorMessage(error)}</Alert>
    </div>
  );
}
