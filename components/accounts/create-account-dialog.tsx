'use client';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { accountTypes, type AccountType } from './account-types';

export interface NewAccount {
  name: string;
  type: AccountType;
  timezone: string;
}

export interface CreateAccountDialogProps {
  open: boolean;
  pending: boolean;
  error: string | null;
  onSubmit: (values: NewAccount) => void;
  onClose: () => void;
}

export function CreateAccountDialog(props: CreateAccountDialogProps) {
  const t = useTranslations('accounts');
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('createTitle')}>
      <CreateAccountForm {...props} />
    </Dialog>
  );
}

function CreateAccountForm({ pending, error, onSubmit, onClose }: CreateAccountDialogProps) {
  const t = useTranslations('accounts');
  const tCommon = useTranslations('common');
  const listId = useId();
  const [name, setName] = useState('');
  const [type, setType] = useState<AccountType>('wechat_mp');
  const [timezone, setTimezone] = useState('Asia/Shanghai');
  const [nameError, setNameError] = useState<string | null>(null);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(tCommon('nameRequired'));
      return;
    }
    setNameError(null);
    onSubmit({ name: name.trim(), type, timezone: timezone.trim() || 'Asia/Shanghai' });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {error ? <Alert>{error}</Alert> : null}
      <TextField
        label={t('name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={80}
        error={nameError}
        autoFocus
        required
      />
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
