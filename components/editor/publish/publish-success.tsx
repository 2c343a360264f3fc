'use client';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

export interface PublishSuccessProps {
  number: number;
  accounts: { id: string; name: string }[];
  /** Test cases that failed on this version (an owner published anyway). */
  failedTests?: string[];
  historyHref: string;
  onClose: () => void;
}

/** "Version N is live on A and B" (or saved without going live), with a way to the history. */
export function PublishSuccess({
  number,
  accounts,
  failedTests = [],
  historyHref,
  onClose,
}: PublishSuccessProps) {
  const t = useTranslations('publish.success');
  const format = useFormatter();
  return (
    <div className="flex flex-col gap-4" data-testid="publish-success">
      <Alert tone="success">
        {accounts.length > 0
          ? t('live', {
              number,
              accounts: format.list(
                accounts.map((a) => a.name),
                { type: 'conjunction' },
              ),
            })
          : t('notLive', { number })}
      </Alert>
      {failedTests.length > 0 ? (
        <Alert tone="info">
          {t('failedTests', {
            count: failedTests.length,
            names: format.list(failedTests, { type: 'conjunction' }),
          })}
        </Alert>
      ) : null}
      <div className="flex items-center justify-end gap-2">
        <Link
          href={historyHref}
          className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50 hover:underline"
        >
          {t('viewHistory')}
        </Link>
        <Button onClick={onClose} autoFocus>
          {t('close')}
        </Button>
      </div>
    </div>
  );
}
