'use client';
import { useLocale, useTranslations } from 'next-intl';
import { type TimeWindow } from '@/core';
import { ChipInput } from './chip-input';
import { RangeListField } from './range-list-field';
import { TimezoneSelect } from './timezone-select';

/** Monday first, as people read a week; values are 0 = Sunday … 6 = Saturday. */
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface TimeWindowPickerProps {
  value: TimeWindow;
  onChange(value: TimeWindow, field: string): void;
  readOnly: boolean;
}

function without<K extends keyof TimeWindow>(window: TimeWindow, key: K, value: TimeWindow[K]): TimeWindow {
  const next = { ...window };
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

/** Edits a time window: weekdays, hour ranges, date ranges, holidays and time zone. */
export function TimeWindowPicker({ value, onChange, readOnly }: TimeWindowPickerProps) {
  const t = useTranslations('inspector.timeWindow');
  const locale = useLocale();
  const dayName = (day: number) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 7 + day)),
    );
  const set = <K extends keyof TimeWindow>(key: K, next: TimeWindow[K]) =>
    onChange(without(value, key, next), key);
  const days = value.days ?? [];
  const hours = value.hours ?? [];
  const dates = value.dates ?? [];
  return (
    <div className="flex flex-col gap-3 rounded-md border border-slate-200 p-2">
      <div role="group" aria-label={t('days')} className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-700">{t('days')}</span>
        <div className="flex flex-wrap gap-1">
          {WEEK.map((day) => (
            <button
              key={day}
              type="button"
              aria-pressed={days.includes(day)}
              disabled={readOnly}
              className={`rounded px-2 py-1 text-xs ring-1 ring-slate-300 ${days.includes(day) ? 'bg-brand-600 text-white' : 'bg-white text-slate-700'}`}
              onClick={() =>
                set(
                  'days',
                  days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort((a, b) => a - b),
                )
              }
            >
              {dayName(day)}
            </button>
          ))}
        </div>
        <p className="text-xs text-slate-500">{t('daysHint')}</p>
      </div>
      <RangeListField
        label={t('hours')}
        type="time"
        ranges={hours}
        startKey="start"
        endKey="end"
        startLabel={(number) => t('from', { number })}
        endLabel={(number) => t('to', { number })}
        addLabel={t('addHours')}
        newRange={{ start: '09:00', end: '18:00' }}
        hint={t('hoursHint')}
        note={(range) =>
          range.end !== '' && range.start !== '' && range.end < range.start ? (
            <span className="text-xs text-amber-700">{t('wraps')}</span>
          ) : null
        }
        readOnly={readOnly}
        onChange={(next) => set('hours', next)}
      />
      <RangeListField
        label={t('dates')}
        type="date"
        ranges={dates}
        startKey="from"
        endKey="to"
        startLabel={(number) => t('dateFrom', { number })}
        endLabel={(number) => t('dateTo', { number })}
        addLabel={t('addDates')}
        newRange={{ from: '', to: '' }}
        readOnly={readOnly}
        onChange={(next) => set('dates', next)}
      />
      <ChipInput
        label={t('holidays')}
        values={value.holidays ?? []}
        disabled={readOnly}
        placeholder="2026-10-01"
        hint={t('holidaysHint')}
        validate={(date) => (DATE.test(date) ? null : t('badDate', { date }))}
        onChange={(holidays) => set('holidays', holidays)}
      />
      <TimezoneSelect
        label={t('timezone')}
        allowFlowDefault
        value={value.timezone}
        disabled={readOnly}
        onChange={(timezone) => set('timezone', timezone)}
      />
    </div>
  );
}
