'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DialogForm } from '@/components/ui/dialog-form';
import { FormDialog, type FormDialogProps } from '@/components/ui/form-dialog';
import { NameField } from '@/components/ui/name-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useRequiredName } from '@/components/ui/use-required-name';

export interface FlowFormDialogProps extends FormDialogProps<{ name: string; description: string }> {
  title: string;
  submitLabel: string;
  /** Rename edits only the name; create asks for a description too. */
  withDescription: boolean;
  initialName?: string;
}

/** Name (and description) of a flow; keeps what was typed when the server refuses it. */
export function FlowFormDialog(props: FlowFormDialogProps) {
  return <FormDialog title={props.title} form={FlowForm} props={props} />;
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
  const name = useRequiredName(initialName);
  const [description, setDescription] = useState('');

  const submit = () => {
    const trimmed = name.check();
    if (!trimmed) return;
    onSubmit({ name: trimmed, description: description.trim() });
  };

  return (
    <DialogForm
      onSubmit={submit}
      error={error}
      pending={pending}
      submitLabel={submitLabel}
      onCancel={onClose}
    >
      <NameField label={t('name')} name={name} />
      {withDescription ? (
        <TextAreaField
          label={t('description')}
          hint={t('descriptionHint')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          maxLength={500}
        />
      ) : null}
    </DialogForm>
  );
}
