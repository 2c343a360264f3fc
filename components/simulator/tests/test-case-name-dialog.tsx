'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { Dialog } from '@/components/ui/dialog';
import { DialogForm } from '@/components/ui/dialog-form';
import { TextField } from '@/components/ui/text-field';

/** Refusals that are about the name (or nothing to name), shown under the field. */
const FIELD_CODES = new Set(['NOTHING_TO_SAVE', 'TEST_CASE_NAME_TAKEN']);

export interface TestCaseNameDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  initialName: string;
  pending: boolean;
  /** The last attempt's error as thrown by tRPC (null: none). */
  error: unknown;
  /** Called with the trimmed, non-empty name. */
  onSubmit: (name: string) => void;
  onClose: () => void;
}

/** Names a test case (save a simulation as one, or rename one); the form starts fresh at each opening. */
export function TestCaseNameDialog(props: TestCaseNameDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={props.title}>
      <NameForm {...props} />
    </Dialog>
  );
}

function NameForm({ submitLabel, initialName, pending, error, onSubmit, onClose }: TestCaseNameDialogProps) {
  const t = useTranslations('simulator.tests');
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(initialName);
  const [blank, setBlank] = useState(false);
  const code = (error as { data?: { appCode?: string | null } | null } | null)?.data?.appCode;
  const atField = !!error && !!code && FIELD_CODES.has(code);
  return (
    <DialogForm
      onSubmit={() => {
        const trimmed = name.trim();
        setBlank(!trimmed);
        if (trimmed) onSubmit(trimmed);
      }}
      error={error && !atField ? errorMessage(error) : null}
      pending={pending}
      submitLabel={submitLabel}
      onCancel={onClose}
    >
      <TextField
        label={t('name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={120}
        error={blank ? t('nameRequired') : atField ? errorMessage(error) : null}
        data-testid="test-case-name"
        autoFocus
        required
      />
    </DialogForm>
  );
}
