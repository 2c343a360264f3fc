'use client';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { CopyField } from './copy-field';

export interface SecretDialogProps {
  /** The freshly issued secret and its channel's name; null when closed. */
  issued: { channelName: string; secret: string } | null;
  onClose: () => void;
}

/**
 * The only place a signing secret is ever shown: right after the channel is created or the secret
 * rotated. The server keeps it encrypted and never returns it again; closing forgets it.
 */
export function SecretDialog({ issued, onClose }: SecretDialogProps) {
  const t = useTranslations('channels');
  return (
    <Dialog open={issued !== null} onClose={onClose} title={t('newSecretTitle')}>
      {issued ? (
        <div className="flex flex-col gap-4">
          <Alert tone="info">{t('newSecretMessage', { name: issued.channelName })}</Alert>
          <CopyField label={t('secret')} value={issued.secret} multiline />
          <div className="flex justify-end">
            <Button onClick={onClose}>{t('newSecretDone')}</Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
