'use client';
import { useTranslations } from 'next-intl';
import { type AutoReplySettings } from '@/core';
import { AutoReplySection } from './auto-reply-section';
import { EnableSwitch } from './enable-switch';
import { FieldProblems } from './field-problems';
import { HolidaysField } from './holidays-field';
import { HourRangesField } from './hour-ranges-field';
import { useProblemsAt } from './use-problems-at';
import { WeekdayToggles } from './weekday-toggles';

type BusinessHours = AutoReplySettings['businessHours'];

/** Opening days, hours and holidays in the account's time zone (they only steer the off-hours reply). */
export function BusinessHoursSection({
  value,
  onChange,
  readOnly,
  timezone,
}: {
  value: BusinessHours;
  onChange(value: BusinessHours): void;
  readOnly: boolean;
  timezone: string;
}) {
  const t = useTranslations('autoReplies.hours');
  const problems = useProblemsAt(['businessHours']);
  const disabled = readOnly || !value.enabled;
  return (
    <AutoReplySection title={t('title')} description={t('description')}>
      <EnableSwitch
        label={t('enable')}
        checked={value.enabled}
        disabled={readOnly}
        onChange={(enabled) => onChange({ ...value, enabled })}
      />
      <p className="text-sm text-slate-700">{t('timezone', { timezone })}</p>
      <FieldProblems messages={problems} />
      <div className={`flex flex-col gap-4 ${value.enabled ? '' : 'opacity-70'}`}>
        <WeekdayToggles
          days={value.days}
          disabled={disabled}
          onChange={(days) => onChange({ ...value, days })}
        />
        <HourRangesField
          hours={value.hours}
          disabled={disabled}
          onChange={(hours) => onChange({ ...value, hours })}
        />
        <HolidaysField
          holidays={value.holidays}
          disabled={disabled}
          onChange={(holidays) => onChange({ ...value, holidays })}
        />
      </div>
    </AutoReplySection>
  );
}
