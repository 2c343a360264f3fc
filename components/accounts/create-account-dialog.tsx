'use client';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useState } from 'react';
import { DialogForm } from '@/components/ui/dialog-form';
import { FormDialog, type FormDialogProps } from '@/components/ui/form-dialog';
import { NameField } from '@/components/ui/name-field';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useRequiredName } from '@/components/ui/use-required-name';
import { accountTypes, type AccountType } from './account-types';

export interface NewAccount {
  name: string;
  type: AccountType;
  timezone: string;
}

export type CreateAccountDialogProps = FormDialogProps<NewAccount>;

export function CreateAccountDialog(props: CreateAccountDialogProps) {
  const t = useTranslations('accounts');
  return <FormDialog title={t('createTitle')} form={CreateAccountForm} props={props} />;
}

function CreateAccountForm({ pending, error, onSubmit, onClose }: CreateAccountDialogProps) {
  const t = useTranslations('accounts');
  const listId = useId();
  const name = useRequiredName();
  const [type, setType] = useState<AccountType>('wechat_mp');
  const [timezone, setTimezone] = useState('Asia/Shanghai');
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);

  const submit = () => {
    const trimmed = name.check();
    if (!trimmed) return;
    onSubmit({ name: trimmed, type, timezone: timezone.trim() || 'Asia/Shanghai' });
  };

  return (
    <DialogForm
      onSubmit={submit}
      error={error}
      pending={pending}
      submitLabel={pending ? t('creating') : t('create')}
      onCancel={onClose}
    >
      <NameField label={t('name')} name={name} />
      <SelectField
        label={t('type')}
        value={type}
        onChange={(e) => setType(e.target.value as AccountType)}
        options={accountTypes.map((value) => ({ value, label: t(`types.${value}`) }))}
      />
      <TextField
        label={t('timezone')}
        hint={t('timezoneHint')}
        value={timezone}
        onChange={(e) => setTimezone(e.target.value)}
        list={listId}
        autoComplete="off"
      />
      <datalist id={listId}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </DialogForm>
  );
}
