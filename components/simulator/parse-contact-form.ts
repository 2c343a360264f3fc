import type { SimulatedContact } from '@/core';

export interface ContactFormValues {
  name: string;
  tags: string[];
  fields: Array<{ key: string; value: string }>;
}

/** Field error codes, shown as `simulator.contact.errors.<code>`. */
export type ContactFormError =
  | 'nameTooLong'
  | 'tagTooLong'
  | 'tooManyTags'
  | 'keyRequired'
  | 'keyTooLong'
  | 'keyTaken'
  | 'valueTooLong'
  | 'tooManyFields';

export type ParseContactFormResult =
  | { ok: true; contact: SimulatedContact }
  | {
      ok: false;
      errors: {
        name?: ContactFormError;
        tags?: ContactFormError;
        fields: Array<ContactFormError | null>;
        all?: ContactFormError;
      };
    };

/** The limits of `simulatedContactSchema`, checked here to explain them field by field. */
const LIMITS = { name: 100, tag: 50, tags: 50, key: 50, value: 1000, fields: 50 };

/**
 * Pure: the Contact form's values as a simulated contact. Text is trimmed, duplicate and empty tags
 * dropped, and a field row with neither key nor value ignored; a row with a value but no key, or
 * a key used twice, is refused at that row.
 */
export function parseContactForm(values: ContactFormValues): ParseContactFormResult {
  const name = values.name.trim();
  const tags = [...new Set(values.tags.map((tag) => tag.trim()).filter(Boolean))];
  const errors: Extract<ParseContactFormResult, { ok: false }>['errors'] = { fields: [] };
  if (name.length > LIMITS.name) errors.name = 'nameTooLong';
  if (tags.some((tag) => tag.length > LIMITS.tag)) errors.tags = 'tagTooLong';
  else if (tags.length > LIMITS.tags) errors.tags = 'tooManyTags';

  const fields: Record<string, string> = {};
  values.fields.forEach((row, index) => {
    const key = row.key.trim();
    let error: ContactFormError | null = null;
    if (!key && row.value.trim()) error = 'keyRequired';
    else if (key.length > LIMITS.key) error = 'keyTooLong';
    else if (key && key in fields) error = 'keyTaken';
    else if (row.value.length > LIMITS.value) error = 'valueTooLong';
    else if (key) fields[key] = row.value;
    errors.fields[index] = error;
  });
  if (Object.keys(fields).length > LIMITS.fields) errors.all = 'tooManyFields';

  const failed = errors.name || errors.tags || errors.all || errors.fields.some(Boolean);
  if (failed) return { ok: false, errors };
  return { ok: true, contact: { ...(name ? { name } : {}), tags, fields } };
}
