'use client';
import { createElement, type ComponentType } from 'react';
import { Dialog } from './dialog';

/** What a create/edit dialog takes from the view that owns the mutation. */
export interface FormDialogProps<Values> {
  open: boolean;
  pending: boolean;
  /** An error from the last attempt, already in the user's language. */
  error: string | null;
  onSubmit: (values: Values) => void;
  onClose: () => void;
}

/**
 * A dialog around a form component (usually drawn with `DialogForm`). The form mounts only while the
 * dialog is open, so its state (what was typed, field errors) starts fresh at every opening and is
 * kept while the server refuses a submission.
 */
export function FormDialog<Props extends { open: boolean; onClose: () => void }>({
  title,
  form,
  props,
}: {
  title: string;
  form: ComponentType<Props>;
  props: Props;
}) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={title}>
      {createElement(form, props)}
    </Dialog>
  );
}
