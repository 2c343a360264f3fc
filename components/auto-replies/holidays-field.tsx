'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { addHoliday } from './add-holiday';
import { HoursField } from './hours-field';

/** Closed days (`YYYY-MM-DD`): pick a date and add it; remove one with ×. */
export function HolidaysField({
  holidays,
  onChange,
  disabled,
}: {
  holidays: readonly string[];
  onChange(holidays: string[]): void;
  disabled: boolean;
}) {
  const t = useTranslations('autoReplies.hours');
  const inputId = useId();
  const [date, setDate] = useState('');
  const add = () => {
    if (!date) return;
    onChange(addHoliday(holidays, date));
    setDate('');
  };
  return (
    <HoursField label={t('holidays')}>
      {holidays.length === 0 ? (
        <p className="text-sm text-slate-500">{t('noHolidays')}</p>
      ) : (
        <ul aria-label={t('holidays')} className="flex flex-wrap gap-1">
          {holidays.map((day) => (
            <li key={day} className="inline-flex items-center gap-1 rounded bg-slate-100 px-2 py-0.5 text-sm">
              <span className="tabular-nums">{day}</span>
              {disabled ? null : (
                <button
                  type="button"
                  className="text-slate-500 hover:text-red-600"
                  aria-label={t('removeHoliday', { date: day })}
                  onClick={() => onChange(holidays.filter((d) => d !== day))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {disabled ? null : (
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={inputId} className="text-xs text-slate-600">
              {t('holidayDate')}
            </label>
            <input
              id={inputId}
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
              className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm shadow-sm"
            />
          </div>
          <Button variant="secondary" size="sm" disabled={!date} onClick={add}>
            {t('addHoliday')}
          </Button>
        </div>
      )}
    </HoursField>
  );
}
