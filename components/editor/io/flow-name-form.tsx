'use client';
import { type ReactNode } from 'react';
import { DialogForm } from '@/components/ui/dialog-form';
import { NameField } from '@/components/ui/name-field';
import { useRequiredName } from '@/components/ui/use-required-name';

export interface FlowNameFormProps {
  initialName: string;
  /** The flow is being created. */
  pending: boolean;
  /** The server's refusal, already in the UI language. */
  error: string | null;
  /** Called with the trimmed name, only when it is not empty. */
  onSubmit: (name: string) => void;
  onCancel: () => void;
  labels: { name: string; create: string; creating: string; cancel?: string };
  /** Shown above the name field. */
  children?: ReactNode;
}

/** The last step of creating a flow (from a file or a template): asks for its name. */
export function FlowNameForm({
  initialName,
  pending,
  error,
  onSubmit,
  onCancel,
  labels,
  children,
}: FlowNameFormProps) {
  const name = useRequiredName(initialName);
  return (
    <DialogForm
      onSubmit={() => {
        const trimmed = name.check();
        if (trimmed) onSubmit(trimmed);
      }}
      error={error}
      pending={pending}
      submitLabel={pending ? labels.creating : labels.create}
      onCancel={onCancel}
      cancelLabel={labels.cancel}
    >
      {children}
      <NameField label={labels.name} name={name} />
    </DialogForm>
  );
}
