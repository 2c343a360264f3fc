'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';

export interface DialogFormProps {
  /** Called on submit (the browser's own submission and validation are off). */
  onSubmit: () => void;
  /** An error from the last attempt, already in the user's language. */
  error: string | null;
  pending: boolean;
  submitLabel: string;
  onCancel: () => void;
  /** Defaults to the common "Cancel". */
  cancelLabel?: string;
  children: ReactNode;
}

/**
 * The body of a create/edit dialog: the error of the last attempt on top, the fields, then Cancel and
 * Submit (both disabled while pending). Render it inside a `Dialog` from a component that holds the
 * form's state, so the state lives only while the dialog is open and every opening starts fresh.
 */
export function DialogForm({
  onSubmit,
  error,
  pending,
  submitLabel,
  onCancel,
  cancelLabel,
  children,
}: DialogFormProps) {
  const t = useTranslations('common');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      className="flex flex-col gap-4"
      noValidate
    >
      {error ? <Alert>{error}</Alert> : null}
      {children}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {cancelLabel ?? t('cancel')}
        </Button>
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
