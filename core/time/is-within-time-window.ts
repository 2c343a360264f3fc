import { parseClockTime } from './parse-clock-time';
import { type TimeWindow } from './time-window-schema';
import { zonedParts } from './zoned-parts';

/** Whether `at` falls inside `window`; assumes the window passed `timeWindowProblems`. */
export function isWithinTimeWindow(options: {
  window: TimeWindow;
  at: Date;
  defaultTimezone: string;
}): boolean {
  const { window, at } = options;
  const parts = zonedParts(at, window.timezone ?? options.defaultTimezone);
  if (window.holidays?.includes(parts.date)) return false;
  if (window.dates && !window.dates.some((range) => range.from <= parts.date && parts.date <= range.to)) {
    return false;
  }
  const minute = parts.hour * 60 + parts.minute;
  const hours = window.hours ?? [];
  if (hours.length === 0) return window.days === undefined || window.days.includes(parts.weekday);
  return hours.some((range) => {
    const start = parseClockTime(range.start) ?? 0;
    const end = parseClockTime(range.end) ?? 0;
    if (start < end) return (window.days?.includes(parts.weekday) ?? true) && start <= minute && minute < end;
    // Overnight range: the part after midnight belongs to the day the range started on.
    if (minute >= start) return window.days?.includes(parts.weekday) ?? true;
    const previousDay = (parts.weekday + 6) % 7;
    return minute < end && (window.days?.includes(previousDay) ?? true);
  });
}
