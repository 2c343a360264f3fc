'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { type PublishFailure } from './read-publish-error';
import { useReloadDraft } from './use-reload-draft';

export interface PublishFailureNoticeProps {
  flowId: string;
  failure: PublishFailure;
  /** The translated error (`useErrorMessage`), used for failures without a dedicated text. */
  message: string;
  /** After the newer draft was loaded into the editor. */
  onReloaded: () => void;
}

/**
 * Why the server published nothing: the saved draft has errors, has warnings to confirm, or changed
 * meanwhile (with a way to load the newer draft); anything else in the user's language.
 */
export function PublishFailureNotice({ flowId, failure, message, onReloaded }: PublishFailureNoticeProps) {
  const t = useTranslations('publish.failure');
  const errorMessage = useErrorMessage();
  const reloadDraft = useReloadDraft(flowId);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<string | null>(null);

  if (failure.kind === 'errors') return <Alert>{t('errors')}</Alert>;
  if (failure.kind === 'warnings') return <Alert tone="info">{t('warnings')}</Alert>;
  if (failure.kind === 'other') return <Alert>{message}</Alert>;
  // Which test cases fail is listed by the dialog's test case notice.
  if (failure.kind === 'tests') return <Alert>{t('tests')}</Alert>;

  const reload = async () => {
    setReloading(true);
    setReloadError(null);
    try {
      await reloadDraft();
      onReloaded();
    } catch (cause) {
      setReloadError(errorMessage(cause));
      setReloading(false);
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <Alert>
        {failure.currentRevision === null
          ? t('conflict')
          : t('conflictRevision', { revision: failure.currentRevision })}
      </Alert>
      {reloadError ? <Alert>{reloadError}</Alert> : null}
      <Button variant="secondary" size="sm" className="self-start" onClick={reload} disabled={reloading}>
        {reloading ? t('reloading') : t('reload')}
      </Button>
    </div>
  );
}
