'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DialogForm } from '@/components/ui/dialog-form';
import { FormDialog, type FormDialogProps } from '@/components/ui/form-dialog';
import { NameField } from '@/components/ui/name-field';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useRequiredName } from '@/components/ui/use-required-name';
import { useWorkspace } from '@/components/shell/workspace-context';
import { isHttpUrl } from './is-http-url';

/** The channel kinds this dialog can add (WeChat and WeCom come with their own setup later). */
const creatableTypes = ['webchat', 'webhook'] as const;
type CreatableType = (typeof creatableTypes)[number];

export interface NewChannel {
  type: CreatableType;
  name: string;
  callbackUrl?: string;
}

export type CreateChannelDialogProps = FormDialogProps<NewChannel>;

export function CreateChannelDialog(props: CreateChannelDialogProps) {
  const t = useTranslations('channels');
  return <FormDialog title={t('createTitle')} form={CreateChannelForm} props={props} />;
}

function CreateChannelForm({ pending, error, onSubmit, onClose }: CreateChannelDialogProps) {
  const t = useTranslations('channels');
  // A webhook carries a signing secret: only owners manage credentials (the server checks too).
  const { isOwner } = useWorkspace();
  const [type, setType] = useState<CreatableType>('webchat');
  const name = useRequiredName();
  const [callbackUrl, setCallbackUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);

  const submit = () => {
    const url = type === 'webhook' ? callbackUrl.trim() : '';
    const trimmed = name.check();
    setUrlError(url && !isHttpUrl(url) ? t('callbackInvalid') : null);
    if (!trimmed || (url && !isHttpUrl(url))) return;
    onSubmit({ type, name: trimmed, ...(url ? { callbackUrl: url } : {}) });
  };

  return (
    <DialogForm
      onSubmit={submit}
      error={error}
      pending={pending}
      submitLabel={pending ? t('creating') : t('create')}
      onCancel={onClose}
    >
      <SelectField
        label={t('type')}
        value={type}
        onChange={(e) => setType(e.target.value as CreatableType)}
        options={creatableTypes
          .filter((value) => isOwner || value !== 'webhook')
          .map((value) => ({ value, label: t(`types.${value}`) }))}
        hint={isOwner ? t(`typeHints.${type}`) : `${t(`typeHints.${type}`)} ${t('webhookOwnersOnly')}`}
      />
      <NameField label={t('name')} name={name} />
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
    </DialogForm>
  );
}
