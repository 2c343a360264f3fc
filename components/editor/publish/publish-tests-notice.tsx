'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { Alert } from '@/components/ui/alert';
import { type PublishTests } from './publish-tests-gate';

export interface PublishTestsNoticeProps {
  tests: PublishTests;
  isOwner: boolean;
  override: boolean;
  onOverrideChange: (override: boolean) => void;
}

/**
 * The publish dialog's test case line: running, "4 passed", or which fail — then owners may tick
 * "Publish despite failing test cases" and others read that only an owner can.
 */
export function PublishTestsNotice({ tests, isOwner, override, onOverrideChange }: PublishTestsNoticeProps) {
  const t = useTranslations('publish.tests');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  if (tests.phase === 'waiting') return null;
  const failing = tests.phase === 'done' && tests.failed.length > 0;
  return (
    <div
      data-testid="publish-tests"
      data-status={failing ? 'failed' : tests.phase}
      className="flex flex-col gap-2"
    >
      {tests.phase === 'running' ? (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
          <span
            aria-hidden
            className="size-3 animate-spin rounded-full border-2 border-slate-300 border-t-slate-600"
          />
          {t('running')}
        </p>
      ) : tests.phase === 'error' ? (
        <Alert tone="info">{t('error', { message: errorMessage(tests.error) })}</Alert>
      ) : !failing ? (
        <p className="text-sm text-slate-600">
          {tests.total === 0 ? t('none') : t('passed', { count: tests.total })}
        </p>
      ) : (
        <>
          <Alert>
            {t('failed', { failed: tests.failed.length, total: tests.total })}{' '}
            {format.list(
              tests.failed.map((f) => f.name),
              { type: 'conjunction' },
            )}
          </Alert>
          {isOwner ? (
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                data-testid="publish-override-tests"
                className="size-4 rounded border-slate-300"
                checked={override}
                onChange={(event) => onOverrideChange(event.target.checked)}
              />
              {t('override')}
            </label>
          ) : (
            <p className="text-sm text-slate-600">{t('ownerOnly')}</p>
          )}
        </>
      )}
    </div>
  );
}
