'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { DialogForm } from '@/components/ui/dialog-form';
import { TextField } from '@/components/ui/text-field';
import type { SimulatedContact } from '@/core';
import { parseContactForm, type ContactFormError, type ContactFormValues } from './parse-contact-form';
import { TagChipsField } from './tag-chips-field';

function ContactForm(props: {
  contact: SimulatedContact;
  pending: boolean;
  error: string | null;
  onSave: (contact: SimulatedContact) => void;
  onClose: () => void;
}) {
  const t = useTranslations('simulator.contact');
  const [values, setValues] = useState<ContactFormValues>(() => ({
    name: props.contact.name ?? '',
    tags: props.contact.tags,
    fields: Object.entries(props.contact.fields).map(([key, value]) => ({ key, value })),
  }));
  const [errors, setErrors] = useState<
    Extract<ReturnType<typeof parseContactForm>, { ok: false }>['errors'] | null
  >(null);
  const message = (code: ContactFormError | null | undefined) => (code ? t(`errors.${code}`) : null);
  const setField = (index: number, patch: Partial<{ key: string; value: string }>) =>
    setValues((v) => ({
      ...v,
      fields: v.fields.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));

  return (
    <DialogForm
      submitLabel={t('save')}
      pending={props.pending}
      error={props.error ?? message(errors?.all)}
      onCancel={props.onClose}
      onSubmit={() => {
        const result = parseContactForm(values);
        if (result.ok) props.onSave(result.contact);
        else setErrors(result.errors);
      }}
    >
      <TextField
        label={t('name')}
        data-testid="sim-contact-name"
        value={values.name}
        error={message(errors?.name)}
        onChange={(event) => setValues((v) => ({ ...v, name: event.target.value }))}
      />
      <TagChipsField
        tags={values.tags}
        error={message(errors?.tags)}
        onChange={(tags) => setValues((v) => ({ ...v, tags }))}
      />
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('fields')}</legend>
        {values.fields.map((row, index) => (
          <div key={index} data-testid="sim-contact-field" className="flex flex-col gap-0.5">
            <div className="flex gap-1">
              <input
                aria-label={t('fieldKey')}
                placeholder={t('fieldKey')}
                value={row.key}
                onChange={(event) => setField(index, { key: event.target.value })}
                className="h-8 w-2/5 rounded-md border border-slate-300 px-2 text-sm"
              />
              <input
                aria-label={t('fieldValue')}
                placeholder={t('fieldValue')}
                value={row.value}
                onChange={(event) => setField(index, { value: event.target.value })}
                className="h-8 min-w-0 flex-1 rounded-md border border-slate-300 px-2 text-sm"
              />
              <button
                type="button"
                aria-label={t('removeField')}
                onClick={() => setValues((v) => ({ ...v, fields: v.fields.filter((_, i) => i !== index) }))}
                className="h-8 rounded-md px-2 text-slate-500 hover:bg-slate-100"
              >
                ×
              </button>
            </div>
            {errors?.fields[index] ? (
              <p role="alert" className="text-xs text-red-600">
                {message(errors.fields[index])}
              </p>
            ) : null}
          </div>
        ))}
        <button
          type="button"
          data-testid="sim-contact-add-field"
          onClick={() => setValues((v) => ({ ...v, fields: [...v.fields, { key: '', value: '' }] }))}
          className="self-start text-sm font-medium text-brand-700 hover:underline"
        >
          + {t('addField')}
        </button>
      </fieldset>
    </DialogForm>
  );
}

/** The test contact's profile (nickname, tags, custom fields); saving applies a set-contact action. */
export function ContactDialog(props: {
  open: boolean;
  contact: SimulatedContact;
  pending: boolean;
  error: string | null;
  onSave: (contact: SimulatedContact) => Promise<boolean>;
  onClose: () => void;
}) {
  const t = useTranslations('simulator.contact');
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('title')} description={t('description')}>
      <ContactForm
        contact={props.contact}
        pending={props.pending}
        error={props.error}
        onClose={props.onClose}
        onSave={(contact) =>
          void props.onSave(contact).then((ok) => {
            if (ok) props.onClose();
          })
        }
      />
    </Dialog>
  );
}
