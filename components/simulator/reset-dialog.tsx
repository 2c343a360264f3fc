'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Dialog } from '@/components/ui/dialog';
import { DialogForm } from '@/components/ui/dialog-form';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { simulatedChannels } from '@/core';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { instantToLocalInput } from './instant-to-local-input';
import { parseResetForm, type ResetFormError, type ResetFormValues } from './parse-reset-form';
import type { SimulationSetupInput } from './use-simulation';
import { testerContact } from './tester-contact';

interface ResetDialogProps {
  open: boolean;
  /** The current simulation (its setup pre-fills the form), or null. */
  simulation: Simulation | null;
  accountId: string | null;
  timeZone: string;
  pending: boolean;
  error: string | null;
  onReset: (setup: SimulationSetupInput, accountId: string | null) => Promise<boolean>;
  onClose: () => void;
}

function ResetForm(props: ResetDialogProps) {
  const t = useTranslations('simulator.reset');
  const trpc = useTRPC();
  const { workspaceId } = useWorkspace();
  const accounts = useQuery(trpc.account.list.queryOptions({ workspaceId, includeArchived: false }));
  const setup = props.simulation?.setup;
  const [values, setValues] = useState<ResetFormValues>(() => ({
    channel: setup?.channel ?? 'wechat_mp',
    // A reset starts at the present by default (what "now" means to the flow's time windows).
    startAt: instantToLocalInput(Date.now(), props.timeZone),
    accountId: props.accountId ?? '',
    seed: String(setup?.seed ?? 1),
    sessionTimeoutMinutes: String(setup?.sessionTimeoutMinutes ?? 30),
  }));
  const [errors, setErrors] = useState<Partial<Record<keyof ResetFormValues, ResetFormError>>>({});
  const field = (name: keyof ResetFormValues) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setValues((v) => ({ ...v, [name]: value }));
      setErrors((e) => ({ ...e, [name]: undefined }));
    },
  });
  const error = (name: keyof ResetFormValues) => (errors[name] ? t(`errors.${errors[name]}`) : null);

  return (
    <DialogForm
      submitLabel={t('submit')}
      pending={props.pending}
      error={props.error}
      onCancel={props.onClose}
      onSubmit={() => {
        const result = parseResetForm(values, props.timeZone);
        if (!result.ok) return setErrors(result.errors);
        // The contact profile the tester set carries over (not what the flow wrote to it).
        const contact = props.simulation ? testerContact(props.simulation) : setup?.contact;
        void props
          .onReset({ ...result.setup, ...(contact ? { contact } : {}) }, result.accountId)
          .then((ok) => {
            if (ok) props.onClose();
          });
      }}
    >
      <SelectField
        label={t('channel')}
        data-testid="sim-reset-channel"
        options={simulatedChannels.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        {...field('channel')}
      />
      <TextField
        type="datetime-local"
        label={t('startAt')}
        data-testid="sim-reset-start"
        hint={t('startAtHint', { zone: props.timeZone })}
        error={error('startAt')}
        {...field('startAt')}
      />
      <SelectField
        label={t('account')}
        data-testid="sim-reset-account"
        hint={t('accountHint')}
        options={[
          { value: '', label: t('noAccount') },
          ...(accounts.data ?? []).map((a) => ({ value: a.id, label: a.name })),
        ]}
        {...field('accountId')}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label={t('seed')}
          inputMode="numeric"
          hint={t('seedHint')}
          error={error('seed')}
          {...field('seed')}
        />
        <TextField
          label={t('timeout')}
          inputMode="numeric"
          hint={t('timeoutHint')}
          error={error('sessionTimeoutMinutes')}
          {...field('sessionTimeoutMinutes')}
        />
      </div>
    </DialogForm>
  );
}

/** "Reset…": starts the simulation over with a channel, start time, account (HTTP allowlist), seed and session timeout. */
export function ResetDialog(props: ResetDialogProps) {
  const t = useTranslations('simulator.reset');
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('title')} description={t('description')}>
      <ResetForm {...props} />
    </Dialog>
  );
}
