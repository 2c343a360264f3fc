'use client';
import { useTranslations } from 'next-intl';
import { type VariableValue } from '@/core';
import { NumberField } from './number-field';

type Kind = 'none' | 'string' | 'number' | 'boolean' | 'null';

function kindOf(value: VariableValue | undefined): Kind {
  if (value === undefined) return 'none';
  if (value === null) return 'null';
  return typeof value as 'string' | 'number' | 'boolean';
}

const EMPTY: Record<Kind, VariableValue | undefined> = {
  none: undefined,
  string: '',
  number: 0,
  boolean: false,
  null: null,
};

/** A variable's default value with its JSON type (text, number, yes/no, null, or none). */
export function DefaultValueEditor({
  name,
  value,
  onChange,
  readOnly,
}: {
  name: string;
  value: VariableValue | undefined;
  onChange(value: VariableValue | undefined): void;
  readOnly: boolean;
}) {
  const t = useTranslations('inspector.variables');
  const kind = kindOf(value);
  return (
    <div className="flex items-end gap-2">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        {t('defaultType')}
        <select
          value={kind}
          disabled={readOnly}
          aria-label={t('defaultTypeOf', { name })}
          className="h-10 rounded-md border border-slate-300 bg-white px-2 text-sm"
          onChange={(event) => onChange(EMPTY[event.target.value as Kind])}
        >
          {(Object.keys(EMPTY) as Kind[]).map((k) => (
            <option key={k} value={k}>
              {t(`types.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {typeof value === 'string' ? (
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm font-medium text-slate-700">
          {t('defaultValue')}
          <input
            value={value}
            disabled={readOnly}
            aria-label={t('defaultValueOf', { name })}
            className="h-10 rounded-md border border-slate-300 px-3 text-sm font-normal"
            onChange={(event) => onChange(event.target.value)}
          />
        </label>
      ) : null}
      {typeof value === 'number' ? (
        <NumberField
          className="min-w-0 flex-1"
          label={t('defaultValue')}
          value={value}
          disabled={readOnly}
          onChange={(next) => onChange(next ?? 0)}
        />
      ) : null}
      {typeof value === 'boolean' ? (
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t('defaultValue')}
          <select
            value={String(value)}
            disabled={readOnly}
            aria-label={t('defaultValueOf', { name })}
            className="h-10 rounded-md border border-slate-300 bg-white px-2 text-sm"
            onChange={(event) => onChange(event.target.value === 'true')}
          >
            <option value="true">{t('true')}</option>
            <option value="false">{t('false')}</option>
          </select>
        </label>
      ) : null}
    </div>
  );
}
