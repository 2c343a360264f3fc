'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { DialogForm } from '@/components/ui/dialog-form';
import { TextField } from '@/components/ui/text-field';
import type { InboundEvent } from '@/core';
import {
  buildUserEvent,
  type EventFieldError,
  type EventFormKind,
  type EventFormValues,
} from './build-user-event';

/** The fields each form shows, in order. */
const eventFormFields: Record<EventFormKind, Array<keyof EventFormValues>> = {
  'follow-scene': ['scene'],
  scan: ['scene'],
  'menu-click': ['key'],
  location: ['latitude', 'longitude', 'label'],
  image: ['url'],
  voice: ['recognition'],
  link: ['title', 'url'],
};

function EventForm(props: {
  kind: EventFormKind;
  pending: boolean;
  error: string | null;
  onSend: (event: InboundEvent) => void;
  onClose: () => void;
}) {
  const t = useTranslations('simulator.eventForm');
  const [values, setValues] = useState<EventFormValues>({});
  const [errors, setErrors] = useState<Partial<Record<keyof EventFormValues, EventFieldError>>>({});
  return (
    <DialogForm
      submitLabel={t('send')}
      pending={props.pending}
      error={props.error}
      onCancel={props.onClose}
      onSubmit={() => {
        const result = buildUserEvent(props.kind, values);
        if (result.ok) props.onSend(result.event);
        else setErrors(result.errors);
      }}
    >
      {eventFormFields[props.kind].map((field, index) => (
        <TextField
          key={field}
          label={t(`fields.${field}`)}
          name={field}
          data-testid={`sim-event-field-${field}`}
          autoFocus={index === 0}
          inputMode={field === 'latitude' || field === 'longitude' ? 'decimal' : undefined}
          value={values[field] ?? ''}
          hint={field === 'scene' ? t('sceneHint') : undefined}
          error={errors[field] ? t(`errors.${errors[field]}`) : null}
          onChange={(event) => {
            const value = event.target.value;
            setValues((v) => ({ ...v, [field]: value }));
            setErrors((e) => ({ ...e, [field]: undefined }));
          }}
        />
      ))}
    </DialogForm>
  );
}

/**
 * A small form for an event that needs details (QR scene, menu key, location, image, voice, link).
 * It stays open, with what was typed, until the event was applied (`onSend` resolves true).
 */
export function EventFormDialog(props: {
  kind: EventFormKind | null;
  pending: boolean;
  /** The simulator's last error, already in the user's language. */
  error: string | null;
  onSend: (event: InboundEvent) => Promise<boolean>;
  onClose: () => void;
}) {
  const t = useTranslations('simulator.eventForm');
  const { kind } = props;
  return (
    <Dialog open={kind !== null} onClose={props.onClose} title={kind ? t(`titles.${kind}`) : ''}>
      {kind ? (
        <EventForm
          kind={kind}
          pending={props.pending}
          error={props.error}
          onClose={props.onClose}
          onSend={(event) =>
            void props.onSend(event).then((ok) => {
              if (ok) props.onClose();
            })
          }
        />
      ) : null}
    </Dialog>
  );
}
