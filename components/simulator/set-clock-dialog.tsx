'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { DialogForm } from '@/components/ui/dialog-form';
import { TextField } from '@/components/ui/text-field';
import { instantToLocalInput } from './instant-to-local-input';
import { localInputToInstant } from './local-input-to-instant';

function SetClockForm(props: {
  clock: number;
  timeZone: string;
  pending: boolean;
  error: string | null;
  onSet: (at: number) => void;
  onClose: () => void;
}) {
  const t = useTranslations('simulator.clock');
  const [value, setValue] = useState(() => instantToLocalInput(props.clock, props.timeZone));
  const [invalid, setInvalid] = useState(false);
  return (
    <DialogForm
      submitLabel={t('set')}
      pending={props.pending}
      error={props.error}
      onCancel={props.onClose}
      onSubmit={() => {
        const at = localInputToInstant(value, props.timeZone);
        if (at === null) setInvalid(true);
        else props.onSet(at);
      }}
    >
      <TextField
        type="datetime-local"
        label={t('when')}
        data-testid="sim-clock-input"
        autoFocus
        value={value}
        hint={t('zoneHint', { zone: props.timeZone })}
        error={invalid ? t('invalid') : null}
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
      />
      {localInputToInstant(value, props.timeZone) !== null &&
      localInputToInstant(value, props.timeZone)! < props.clock ? (
        <p className="text-xs text-amber-700">{t('backwards')}</p>
      ) : null}
    </DialogForm>
  );
}

/** Sets the simulated clock to a date and time on the flow's wall clock (timers due on the way fire). */
export function SetClockDialog(props: {
  open: boolean;
  clock: number;
  timeZone: string;
  pending: boolean;
  error: string | null;
  onSet: (at: number) => Promise<boolean>;
  onClose: () => void;
}) {
  const t = useTranslations('simulator.clock');
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('setTitle')}>
      <SetClockForm
        clock={props.clock}
        timeZone={props.timeZone}
        pending={props.pending}
        error={props.error}
        onClose={props.onClose}
        onSet={(at) =>
          void props.onSet(at).then((ok) => {
            if (ok) props.onClose();
          })
        }
      />
    </Dialog>
  );
}
