'use client';
import { useTranslations } from 'next-intl';
import { HoursField } from './hours-field';
import { WEEKDAYS, toggleWeekday } from './weekdays';

/** Monday…Sunday toggle buttons for the open days (schema numbering: 0 = Sunday). */
export function WeekdayToggles({
  days,
  onChange,
  disabled,
}: {
  days: readonly number[];
  onChange(days: number[]): void;
  disabled: boolean;
}) {
  const t = useTranslations('autoReplies.hours');
  return (
    <HoursField label={t('days')} group dense>
      <div className="flex flex-wrap gap-1">
        {WEEKDAYS.map(({ day, key }) => {
          const on = days.includes(day);
          return (
            <button
              key={day}
              type="button"
              aria-pressed={on}
              disabled={disabled}
              onClick={() => onChange(toggleWeekday(days, day))}
              className={`h-8 min-w-12 rounded-md px-2 text-sm ring-1 disabled:opacity-50 ${
                on
                  ? 'bg-brand-600 text-white ring-brand-600'
                  : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50'
              }`}
            >
              {t(`weekday.${key}`)}
            </button>
          );
        })}
      </div>
    </HoursField>
  );
}
