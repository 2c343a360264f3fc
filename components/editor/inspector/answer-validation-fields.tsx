'use client';
import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { type AnswerValidation } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { CheckboxField } from './checkbox-field';
import { ChoiceOptionsEditor } from './choice-options-editor';
import { NumberPairFields } from './number-pair-fields';
import { regexError } from './regex-error';

const KINDS: AnswerValidation['kind'][] = ['text', 'number', 'phone', 'email', 'date', 'regex', 'choice'];

function emptyValidation(kind: AnswerValidation['kind']): AnswerValidation {
  switch (kind) {
    case 'number':
      return { kind, integer: false };
    case 'regex':
      return { kind, pattern: '', flags: '' };
    case 'choice':
      return { kind, options: [] };
    case 'text':
    case 'phone':
    case 'email':
    case 'date':
      return { kind };
    default:
      return assertNever(kind);
  }
}

export interface AnswerValidationFieldsProps {
  validation: AnswerValidation;
  onChange(validation: AnswerValidation, field: string): void;
  readOnly: boolean;
}

/** The answer check of an ask node: its kind, then that kind's options. */
export function AnswerValidationFields({ validation: v, onChange, readOnly }: AnswerValidationFieldsProps) {
  const t = useTranslations('inspector.validation');
  const regexProblem = v.kind === 'regex' ? regexError(v.pattern, v.flags) : null;
  return (
    <div className="flex flex-col gap-2">
      <SelectField
        label={t('kind')}
        value={v.kind}
        disabled={readOnly}
        options={KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        onChange={(event) =>
          onChange(emptyValidation(event.target.value as AnswerValidation['kind']), 'kind')
        }
      />
      <p className="text-xs text-slate-500">{t(`hints.${v.kind}`)}</p>
      {v.kind === 'text' ? (
        <NumberPairFields
          fields={[
            { key: 'minLength', label: t('minLength'), min: 0, integer: true },
            { key: 'maxLength', label: t('maxLength'), min: 1, integer: true },
          ]}
          values={v}
          errorPrefix="validation."
          readOnly={readOnly}
          onChange={(key, value) => onChange({ ...v, [key]: value }, key)}
        />
      ) : null}
      {v.kind === 'number' ? (
        <>
          <NumberPairFields
            fields={[
              { key: 'min', label: t('min') },
              { key: 'max', label: t('max') },
            ]}
            values={v}
            errorPrefix="validation."
            readOnly={readOnly}
            onChange={(key, value) => onChange({ ...v, [key]: value }, key)}
          />
          <CheckboxField
            label={t('integer')}
            checked={v.integer}
            disabled={readOnly}
            onChange={(integer) => onChange({ ...v, integer }, 'integer')}
          />
        </>
      ) : null}
      {v.kind === 'regex' ? (
        <div className="flex gap-2">
          <TextField
            label={t('pattern')}
            className="min-w-0 flex-1 font-mono"
            value={v.pattern}
            disabled={readOnly}
            error={regexProblem ? t('badRegex', { error: regexProblem }) : null}
            hint={v.pattern !== '' && !regexProblem ? t('regexValid') : undefined}
            onChange={(event) => onChange({ ...v, pattern: event.target.value }, 'pattern')}
          />
          <TextField
            label={t('flags')}
            className="w-16"
            value={v.flags}
            disabled={readOnly}
            onChange={(event) => onChange({ ...v, flags: event.target.value }, 'flags')}
          />
        </div>
      ) : null}
      {v.kind === 'choice' ? (
        <ChoiceOptionsEditor
          options={v.options}
          readOnly={readOnly}
          onChange={(options, field) => onChange({ ...v, options }, field)}
        />
      ) : null}
    </div>
  );
}
