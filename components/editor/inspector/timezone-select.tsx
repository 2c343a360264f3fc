'use client';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useState } from 'react';

let zones: string[] | null = null;
function allZones(): string[] {
  zones ??=
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : ['Asia/Shanghai', 'UTC'];
  return zones;
}

export interface TimezoneSelectProps {
  label: string;
  /** undefined = the flow's time zone (only when `allowFlowDefault`). */
  value: string | undefined;
  onChange(value: string | undefined): void;
  allowFlowDefault?: boolean;
  disabled?: boolean;
}

/** IANA time zone picker with a search box; the current value is always listed. */
export function TimezoneSelect({ label, value, onChange, allowFlowDefault, disabled }: TimezoneSelectProps) {
  const t = useTranslations('inspector.timezone');
  const id = useId();
  const [query, setQuery] = useState('');
  const options = useMemo(() => {
    const q = query.trim().toLowerCase().replace(/\s+/g, '_');
    const list = allZones().filter((zone) => q === '' || zone.toLowerCase().includes(q));
    if (value && !list.includes(value)) list.unshift(value);
    return list;
  }, [query, value]);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          type="search"
          value={query}
          disabled={disabled}
          aria-label={t('search', { field: label })}
          placeholder={t('searchPlaceholder')}
          className="h-9 w-32 rounded-md border border-slate-300 px-2 text-sm"
          onChange={(event) => setQuery(event.target.value)}
        />
        <select
          id={id}
          value={value ?? ''}
          disabled={disabled}
          className="h-9 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 text-sm"
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        >
          {allowFlowDefault ? <option value="">{t('flowDefault')}</option> : null}
          {options.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
