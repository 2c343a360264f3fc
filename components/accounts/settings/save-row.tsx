'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export interface SaveRowProps {
  /** Something differs from what is stored; the button stays disabled otherwise. */
  dirty: boolean;
  pending: boolean;
  /** The last save succeeded and nothing changed since. */
  saved: boolean;
}

/** A settings form's submit button with its "Saved" confirmation (announced to screen readers). */
export function SaveRow({ dirty, pending, saved }: SaveRowProps) {
  const t = useTranslations('accountSettings');
  return (
    <div className="flex items-center justify-end gap-3">
      <p role="status" className="text-sm text-emerald-700">
        {saved ? `✓ ${t('saved')}` : ''}
      </p>
      <Button type="submit" disabled={!dirty || pending}>
        {pending ? t('saving') : t('save')}
      </Button>
    </div>
  );
}
