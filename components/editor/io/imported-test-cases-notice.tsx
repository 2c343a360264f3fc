'use client';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { type useImportTestCases } from './use-import-test-cases';

/**
 * "Imported 3 test cases" (or importing, or why not) in the page's bottom corner, after an import
 * whose file carried test cases; dismissible. Nothing while there is nothing to say.
 */
export function ImportedTestCasesNotice({ state }: { state: ReturnType<typeof useImportTestCases> }) {
  const t = useTranslations('simulator.tests.import');
  const errorMessage = useErrorMessage();
  if (!state.pending && state.imported === null && !state.error) return null;
  return (
    <div
      className="fixed right-4 bottom-4 z-50 flex max-w-sm items-start gap-2"
      data-testid="imported-test-cases"
    >
      {state.pending ? (
        <Alert tone="info">{t('importing')}</Alert>
      ) : state.error ? (
        <Alert>{t('failed', { message: errorMessage(state.error) })}</Alert>
      ) : (
        <Alert tone="success">{t('imported', { count: state.imported ?? 0 })}</Alert>
      )}
      {state.pending ? null : (
        <Button size="sm" variant="ghost" onClick={state.dismiss}>
          {t('dismiss')}
        </Button>
      )}
    </div>
  );
}
