'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog } from './dialog';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  /** An error from the last attempt, already in the user's language. */
  error?: string | null;
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a destructive or important action; stays open (showing the error) if it fails. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  pending = false,
  error,
  tone = 'danger',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useTranslations('common');
  return (
    <Dialog open={open} onClose={onCancel} title={title} description={message}>
      <div className="flex flex-col gap-4">
        {error ? <Alert>{error}</Alert> : null}
        <div className="flex justify-end gap-2">
          {/* Focus starts on the safe choice when the action destroys something. */}
          <Button variant="secondary" onClick={onCancel} disabled={pending} autoFocus={tone === 'danger'}>
            {t('cancel')}
          </Button>
          <Button variant={tone} onClick={onConfirm} disabled={pending} autoFocus={tone !== 'danger'}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
