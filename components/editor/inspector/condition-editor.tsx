'use client';
import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { type Condition } from '@/core';
import { CheckboxField } from './checkbox-field';
import { defaultCondition } from './default-condition';
import { regexError } from './regex-error';
import { TemplateInput } from './template-input';
import { TimeWindowPicker } from './time-window-picker';
import { useFieldError } from './use-field-error';
import { VariableNameField } from './variable-name-field';

const KINDS: Condition['kind'][] = [
  'compare',
  'contains',
  'regex',
  'is-set',
  'has-tag',
  'channel',
  'time-window',
];
const OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const;
const CHANNELS = ['wechat_mp', 'wecom', 'webchat', 'webhook'];

export interface ConditionEditorProps {
  condition: Condition;
  onChange(condition: Condition, field: string): void;
  readOnly: boolean;
  /** Issue path of the condition (`branches.0.conditions.1`). */
  path: string;
}

/** One test of a condition branch: its kind, then the fields that kind needs, and "not". */
export function ConditionEditor({ condition, onChange, readOnly, path }: ConditionEditorProps) {
  const t = useTranslations('inspector.condition');
  const errorAt = useFieldError();
  const c = condition;
  return (
    <div className="flex flex-col gap-2">
      <SelectField
        label={t('kind')}
        value={c.kind}
        disabled={readOnly}
        options={KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        onChange={(event) => {
          const next = defaultCondition(
            event.target.value as Condition['kind'],
            'subject' in c ? c.subject : '',
          );
          onChange({ ...next, negate: c.negate }, 'kind');
        }}
      />
      {'subject' in c ? (
        <VariableNameField
          label={t('subject')}
          allowPaths
          value={c.subject}
          disabled={readOnly}
          hint={t('subjectHint')}
          error={errorAt(`${path}.subject`)}
          onChange={(subject) => onChange({ ...c, subject }, 'subject')}
        />
      ) : null}
      {c.kind === 'compare' ? (
        <SelectField
          label={t('operator')}
          value={c.operator}
          disabled={readOnly}
          options={OPERATORS.map((op) => ({ value: op, label: t(`operators.${op}`) }))}
          onChange={(event) =>
            onChange({ ...c, operator: event.target.value as (typeof OPERATORS)[number] }, 'operator')
          }
        />
      ) : null}
      {c.kind === 'compare' || c.kind === 'contains' ? (
        <TemplateInput
          label={t('value')}
          value={c.value}
          disabled={readOnly}
          error={errorAt(`${path}.value`)}
          onChange={(value) => onChange({ ...c, value }, 'value')}
        />
      ) : null}
      {c.kind === 'regex' ? (
        <div className="flex gap-2">
          <TextField
            label={t('pattern')}
            className="min-w-0 flex-1 font-mono"
            value={c.pattern}
            disabled={readOnly}
            error={
              regexError(c.pattern, c.flags)
                ? t('badRegex', { error: regexError(c.pattern, c.flags) ?? '' })
                : null
            }
            onChange={(event) => onChange({ ...c, pattern: event.target.value }, 'pattern')}
          />
          <TextField
            label={t('flags')}
            className="w-16"
            value={c.flags}
            disabled={readOnly}
            onChange={(event) => onChange({ ...c, flags: event.target.value }, 'flags')}
          />
        </div>
      ) : null}
      {c.kind === 'has-tag' ? (
        <TextField
          label={t('tag')}
          value={c.tag}
          disabled={readOnly}
          error={errorAt(`${path}.tag`)}
          onChange={(event) => onChange({ ...c, tag: event.target.value }, 'tag')}
        />
      ) : null}
      {c.kind === 'channel' ? (
        <SelectField
          label={t('channel')}
          value={c.channel}
          disabled={readOnly}
          options={[
            { value: '', label: t('chooseChannel') },
            ...[...new Set([...CHANNELS, c.channel].filter(Boolean))].map((ch) => ({
              value: ch,
              label: t.has(`channels.${ch}`) ? t(`channels.${ch}`) : ch,
            })),
          ]}
          onChange={(event) => onChange({ ...c, channel: event.target.value }, 'channel')}
        />
      ) : null}
      {c.kind === 'time-window' ? (
        <TimeWindowPicker
          value={c.window}
          readOnly={readOnly}
          onChange={(window, field) => onChange({ ...c, window }, `window.${field}`)}
        />
      ) : null}
      <CheckboxField
        label={t('negate')}
        checked={c.negate}
        disabled={readOnly}
        onChange={(negate) => onChange({ ...c, negate }, 'negate')}
      />
    </div>
  );
}
