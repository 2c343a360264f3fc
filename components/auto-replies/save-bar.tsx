'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

export interface SaveBarProps {
  dirty: boolean;
  pending: boolean;
  /** The text of the last save's result, while nothing changed since. */
  savedText: string | null;
  onSave(): void;
  onDiscard(): void;
}

/** Dirty indicator, "Discard changes" (after confirming) and "Save and publish", kept in view. */
export function SaveBar({ dirty, pending, savedText, onSave, onDiscard }: SaveBarProps) {
  const t = useTranslations('autoReplies.save');
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="sticky bottom-0 z-10 flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 bg-white/95 px-1 py-3 backdrop-blur">
      <p role="status" className={`mr-auto text-sm ${dirty ? 'text-amber-700' : 'text-emerald-700'}`}>
        {dirty ? `● ${t('dirty')}` : savedText ? `✓ ${savedText}` : ''}
      </p>
      <Button variant="secondary" disabled={!dirty || pending} onClick={() => setConfirming(true)}>
        {t('discard')}
      </Button>
      <Button disabled={!dirty || pending} onClick={onSave}>
        {pending ? t('saving') : t('save')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('discardTitle')}
        message={t('discardMessage')}
        confirmLabel={t('discard')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onDiscard();
        }}
      />
    </div>
  );
}
