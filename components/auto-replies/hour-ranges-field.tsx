'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { HoursField } from './hours-field';

type Range = { start: string; end: string };

function TimeInput({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  disabled: boolean;
}) {
  return (
    <input
      type="time"
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
      className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100 disabled:bg-slate-50"
    />
  );
}

/** Opening-hour ranges (`HH:mm`); an end before its start runs past midnight. */
export function HourRangesField({
  hours,
  onChange,
  disabled,
}: {
  hours: readonly Range[];
  onChange(hours: Range[]): void;
  disabled: boolean;
}) {
  const t = useTranslations('autoReplies.hours');
  const set = (index: number, key: keyof Range, value: string) =>
    onChange(hours.map((range, i) => (i === index ? { ...range, [key]: value } : range)));
  return (
    <HoursField label={t('ranges')} group>
      {hours.length === 0 ? <p className="text-sm text-slate-500">{t('noRanges')}</p> : null}
      {hours.map((range, index) => (
        <div key={index} className="flex flex-wrap items-center gap-2">
          <TimeInput
            label={t('start', { number: index + 1 })}
            value={range.start}
            disabled={disabled}
            onChange={(value) => set(index, 'start', value)}
          />
          <span aria-hidden className="text-slate-500">
            –
          </span>
          <TimeInput
            label={t('end', { number: index + 1 })}
            value={range.end}
            disabled={disabled}
            onChange={(value) => set(index, 'end', value)}
          />
          {disabled ? null : (
            <Button
              variant="ghost"
              size="sm"
              className="text-red-600"
              aria-label={t('removeRange', { number: index + 1 })}
              onClick={() => onChange(hours.filter((_, i) => i !== index))}
            >
              ×
            </Button>
          )}
        </div>
      ))}
      <p className="text-xs text-slate-500">{t('rangesHint')}</p>
      {disabled ? null : (
        <Button
          variant="secondary"
          size="sm"
          className="w-fit"
          onClick={() => onChange([...hours, { start: '09:00', end: '18:00' }])}
        >
          {t('addRange')}
        </Button>
      )}
    </HoursField>
  );
}
