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
import { clearFieldErrors } from './clear-field-errors';
import { isHttpUrl } from './is-http-url';
import { wechatCreateInput, type WeChatCreateSettings } from './wechat-create-input';
import { newWeChatDraft, type WeChatFieldErrors } from './wechat-setup-draft';
import { WeChatSetupFields } from './wechat-setup-fields';

const creatableTypes = ['webchat', 'webhook', 'wechat_mp', 'wecom'] as const;
type CreatableType = (typeof creatableTypes)[number];

export type NewChannel =
  | { type: 'webchat'; name: string }
  | { type: 'webhook'; name: string; callbackUrl?: string }
  | ({ name: string } & WeChatCreateSettings);

export type CreateChannelDialogProps = FormDialogProps<NewChannel> & {
  /** Field errors of the last refused attempt (see wechatServerErrors). */
  fieldErrors?: WeChatFieldErrors;
};

export function CreateChannelDialog(props: CreateChannelDialogProps) {
  const t = useTranslations('channels');
  return <FormDialog title={t('createTitle')} form={CreateChannelForm} props={props} />;
}

function CreateChannelForm({ pending, error, fieldErrors, onSubmit, onClose }: CreateChannelDialogProps) {
  const t = useTranslations('channels');
  // Every type but web chat carries credentials: only owners manage them (the server checks too).
  const { isOwner } = useWorkspace();
  const [type, setType] = useState<CreatableType>('webchat');
  const name = useRequiredName();
  const [callbackUrl, setCallbackUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [draft, setDraft] = useState(newWeChatDraft);
  const [wechatErrors, setWeChatErrors] = useState<WeChatFieldErrors>({});

  const submit = () => {
    const trimmed = name.check();
    if (type === 'wechat_mp' || type === 'wecom') {
      const settings = wechatCreateInput(type, draft);
      setWeChatErrors(settings.ok ? {} : settings.errors);
      if (trimmed && settings.ok) onSubmit({ name: trimmed, ...settings.value });
      return;
    }
    const url = type === 'webhook' ? callbackUrl.trim() : '';
    setUrlError(url && !isHttpUrl(url) ? t('callbackInvalid') : null);
    if (!trimmed || (url && !isHttpUrl(url))) return;
    onSubmit(
      type === 'webhook'
        ? { type, name: trimmed, ...(url ? { callbackUrl: url } : {}) }
        : { type, name: trimmed },
    );
  };
  const hint = t(`typeHints.${type}`);

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
        onChange={(e) => setType(creatableTypes.find((v) => v === e.target.value) ?? 'webchat')}
        options={creatableTypes
          .filter((value) => isOwner || value === 'webchat')
          .map((value) => ({ value, label: t(`types.${value}`) }))}
        hint={isOwner ? hint : `${hint} ${t('credentialsOwnersOnly')}`}
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
      ) : type === 'wechat_mp' || type === 'wecom' ? (
        <WeChatSetupFields
          type={type}
          draft={draft}
          onChange={(patch) => {
            setDraft((d) => ({ ...d, ...patch }));
            setWeChatErrors((errors) => clearFieldErrors(errors, patch));
          }}
          errors={{ ...fieldErrors, ...wechatErrors }}
        />
      ) : null}
    </DialogForm>
  );
}
