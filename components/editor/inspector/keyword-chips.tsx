'use client';
import { useTranslations } from 'next-intl';
import { ChipInput } from './chip-input';
import { CheckboxField } from './checkbox-field';
import { type InspectorFormProps } from './inspector-form-props';
import { NumberField } from './number-field';
import { regexError } from './regex-error';
import { SegmentedControl } from './segmented-control';
import { TriggerLimitsFields } from './trigger-limits-fields';
import { useFieldError } from './use-field-error';

/** The keyword trigger form: keyword chips, match mode, priority, interrupt and limits. */
export function KeywordChips({ node, onChange, readOnly }: InspectorFormProps<'keyword-trigger'>) {
  const t = useTranslations('inspector.keyword');
  const errorAt = useFieldError();
  const { data } = node;
  const badRegex =
    data.match === 'regex'
      ? data.keywords.map((k) => regexError(k, 'iu')).find((e) => e !== null)
      : undefined;
  return (
    <div data-testid="inspector-keyword-trigger" className="flex flex-col gap-3">
      <ChipInput
        label={t('keywords')}
        values={data.keywords}
        disabled={readOnly}
        hint={t('keywordsHint')}
        error={errorAt('keywords') ?? (badRegex ? t('badRegex', { error: badRegex }) : undefined)}
        validate={(value) =>
          data.match === 'regex' && regexError(value, 'iu')
            ? t('badRegex', { error: regexError(value, 'iu') ?? '' })
            : null
        }
        onChange={(keywords) => onChange({ ...data, keywords }, 'keywords')}
      />
      <SegmentedControl
        label={t('match')}
        value={data.match}
        disabled={readOnly}
        options={[
          { value: 'exact', label: t('exact') },
          { value: 'contains', label: t('contains') },
          { value: 'regex', label: t('regex') },
        ]}
        onChange={(match) => onChange({ ...data, match }, 'match')}
      />
      <p className="text-xs text-slate-500">{t(`matchHint.${data.match}`)}</p>
      <NumberField
        label={t('priority')}
        value={data.priority}
        integer
        disabled={readOnly}
        hint={t('priorityHint')}
        error={errorAt('priority')}
        onChange={(priority) => onChange({ ...data, priority: priority ?? 0 }, 'priority')}
      />
      <CheckboxField
        label={t('interrupt')}
        hint={t('interruptHint')}
        checked={data.interrupt}
        disabled={readOnly}
        onChange={(interrupt) => onChange({ ...data, interrupt }, 'interrupt')}
      />
      <TriggerLimitsFields
        limits={data.limits}
        readOnly={readOnly}
        onChange={(limits, field) => onChange({ ...data, limits }, field)}
      />
    </div>
  );
}
