'use client';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';

export interface FlowFormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  /** Rename edits only the name; create asks for a description too. */
  withDescription: boolean;
  initialName?: string;
  pending: boolean;
  error: string | null;
  onSubmit: (values: { name: string; description: string }) => void;
  onClose: () => void;
}

/** Name (and description) of a flow; keeps what was typed when the server refuses it. */
export function FlowFormDialog(props: FlowFormDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={props.title}>
      <FlowForm {...props} />
    </Dialog>
  );
}

function FlowForm({
  submitLabel,
  withDescription,
  initialName = '',
  pending,
  error,
  onSubmit,
  onClose,
}: FlowFormDialogProps) {
  const t = useTranslations('flows');
  const tCommon = useTranslations('common');
  const [name, setName] = useState(initialName);
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(tCommon('nameRequired'));
      return;
    }
    setNameError(null);
    onSubmit({ name: name.trim(), description: description.trim() });
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
      {withDescription ? (
        <TextAreaField
          label={t('description')}
          hint={t('descriptionHint')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          maxLength={500}
        />
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose} disabled={pending}>
          {tCommon('cancel')}
        </Button>
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
