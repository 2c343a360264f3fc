import { wallClockToInstant } from '@/core/time/wall-clock-to-instant';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * Pure: a `datetime-local` input value ("2025-03-10T09:30") read as a wall clock in `timeZone`,
 * as epoch ms; null when the value is empty or not a real date and time.
 */
export function localInputToInstant(value: string, timeZone: string): number | null {
  const match = PATTERN.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  return wallClockToInstant({ year, month, day, minuteOfDay: hour * 60 + minute, timeZone }).getTime();
}
