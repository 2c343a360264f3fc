'use client';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { type PublishPreparation } from './use-publish-preparation';

/** "Saving the draft…" while autosave finishes; why it could not be saved (nothing is published). */
export function PreparationNotice({
  preparation,
  onRetry,
}: {
  preparation: PublishPreparation;
  onRetry: () => void;
}) {
  const t = useTranslations('publish.prepare');
  if (preparation.phase === 'saving')
    return (
      <p role="status" className="text-sm text-slate-600">
        {t('saving')}
      </p>
    );
  if (preparation.phase === 'ready') return null;
  return (
    <div className="flex flex-col gap-2">
      <Alert>{t(`failed.${preparation.reason}`)}</Alert>
      {preparation.reason === 'read-only' ? null : (
        <Button variant="secondary" size="sm" className="self-start" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </div>
  );
}
