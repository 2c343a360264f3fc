'use client';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { isHttpUrl } from './is-http-url';

/** The channel kinds this dialog can add (WeChat and WeCom come with their own setup later). */
const creatableTypes = ['webchat', 'webhook'] as const;
type CreatableType = (typeof creatableTypes)[number];

export interface NewChannel {
  type: CreatableType;
  name: string;
  callbackUrl?: string;
}

export interface CreateChannelDialogProps {
  open: boolean;
  pending: boolean;
  error: string | null;
  onSubmit: (values: NewChannel) => void;
  onClose: () => void;
}

export function CreateChannelDialog(props: CreateChannelDialogProps) {
  const t = useTranslations('channels');
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('createTitle')}>
      <CreateChannelForm {...props} />
    </Dialog>
  );
}

function CreateChannelForm({ pending, error, onSubmit, onClose }: CreateChannelDialogProps) {
  const t = useTranslations('channels');
  const tCommon = useTranslations('common');
  const [type, setType] = useState<CreatableType>('webchat');
  const [name, setName] = useState('');
  const [callbackUrl, setCallbackUrl] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [urlError, setUrlError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = type === 'webhook' ? callbackUrl.trim() : '';
    setNameError(name.trim() ? null : tCommon('nameRequired'));
    setUrlError(url && !isHttpUrl(url) ? t('callbackInvalid') : null);
    if (!name.trim() || (url && !isHttpUrl(url))) return;
    onSubmit({ type, name: name.trim(), ...(url ? { callbackUrl: url } : {}) });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {error ? <Alert>{error}</Alert> : null}
      <SelectField
        label={t('type')}
        value={type}
        onChange={(e) => setType(e.target.value as CreatableType)}
        options={creatableTypes.map((value) => ({ value, label: t(`types.${value}`) }))}
        hint={t(`typeHints.${type}`)}
      />
      <TextField
        label={t('name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={80}
        error={nameError}
        autoFocus
        required
      />
      {type === 'webhook' ? (
        <TextField
          label={t('callbackOptional')}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={callbackUrl}
          onChange={(e) => setCallbackUrl(e.target.value)}
          maxLength={2000}
          error={urlError}
          hint={t('callbackHint')}
          autoComplete="off"
        />
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose} disabled={pending}>
          {tCommon('cancel')}
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? t('creating') : t('create')}
        </Button>
      </div>
    </form>
  );
}
