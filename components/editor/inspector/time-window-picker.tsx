'use client';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { type TimeWindow } from '@/core';
import { ChipInput } from './chip-input';
import { RowActions } from './row-actions';
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
      <div role="group" aria-label={t('hours')} className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-700">{t('hours')}</span>
        {hours.map((range, index) => (
          <div key={index} className="flex items-center gap-2 text-sm">
            <input
              type="time"
              aria-label={t('from', { number: index + 1 })}
              value={range.start}
              disabled={readOnly}
              className="h-8 rounded border border-slate-300 px-1"
              onChange={(e) =>
                set(
                  'hours',
                  hours.map((h, i) => (i === index ? { ...h, start: e.target.value } : h)),
                )
              }
            />
            <span>–</span>
            <input
              type="time"
              aria-label={t('to', { number: index + 1 })}
              value={range.end}
              disabled={readOnly}
              className="h-8 rounded border border-slate-300 px-1"
              onChange={(e) =>
                set(
                  'hours',
                  hours.map((h, i) => (i === index ? { ...h, end: e.target.value } : h)),
                )
              }
            />
            {range.end !== '' && range.start !== '' && range.end < range.start ? (
              <span className="text-xs text-amber-700">{t('wraps')}</span>
            ) : null}
            <RowActions
              index={index}
              count={hours.length}
              disabled={readOnly}
              onRemove={(at) =>
                set(
                  'hours',
                  hours.filter((_, i) => i !== at),
                )
              }
            />
          </div>
        ))}
        <Button
          variant="secondary"
          size="sm"
          className="w-fit"
          disabled={readOnly}
          onClick={() => set('hours', [...hours, { start: '09:00', end: '18:00' }])}
        >
          {t('addHours')}
        </Button>
        <p className="text-xs text-slate-500">{t('hoursHint')}</p>
      </div>
      <div role="group" aria-label={t('dates')} className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-700">{t('dates')}</span>
        {dates.map((range, index) => (
          <div key={index} className="flex items-center gap-2 text-sm">
            <input
              type="date"
              aria-label={t('dateFrom', { number: index + 1 })}
              value={range.from}
              disabled={readOnly}
              className="h-8 rounded border border-slate-300 px-1"
              onChange={(e) =>
                set(
                  'dates',
                  dates.map((d, i) => (i === index ? { ...d, from: e.target.value } : d)),
                )
              }
            />
            <span>–</span>
            <input
              type="date"
              aria-label={t('dateTo', { number: index + 1 })}
              value={range.to}
              disabled={readOnly}
              className="h-8 rounded border border-slate-300 px-1"
              onChange={(e) =>
                set(
                  'dates',
                  dates.map((d, i) => (i === index ? { ...d, to: e.target.value } : d)),
                )
              }
            />
            <RowActions
              index={index}
              count={dates.length}
              disabled={readOnly}
              onRemove={(at) =>
                set(
                  'dates',
                  dates.filter((_, i) => i !== at),
                )
              }
            />
          </div>
        ))}
        <Button
          variant="secondary"
          size="sm"
          className="w-fit"
          disabled={readOnly}
          onClick={() => set('dates', [...dates, { from: '', to: '' }])}
        >
          {t('addDates')}
        </Button>
      </div>
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
