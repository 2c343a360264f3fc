import { isWithinTimeWindow } from './is-within-time-window';
import { parseClockTime } from './parse-clock-time';
import { type TimeWindow } from './time-window-schema';
import { wallClockToInstant } from './wall-clock-to-instant';
import { zonedParts } from './zoned-parts';

/** A window that stays closed this many days is treated as never open. */
const HORIZON_DAYS = 400;

/**
 * The first instant at or after `from` inside `window`, or null when it stays closed for over a
 * year. A window can only open at local midnight or at the start of one of its hour ranges, so
 * those are the only candidates checked on each day.
 */
export function nextTimeWithinWindow(options: {
  window: TimeWindow;
  from: Date;
  defaultTimezone: string;
}): Date | null {
  const { window, from, defaultTimezone } = options;
  const timeZone = window.timezone ?? defaultTimezone;
  const inside = (at: Date) => isWithinTimeWindow({ window, at, defaultTimezone });
  if (inside(from)) return from;
  const starts = [0, ...(window.hours ?? []).map((range) => parseClockTime(range.start) ?? 0)].sort(
    (a, b) => a - b,
  );
  const today = zonedParts(from, timeZone);
  for (let offset = 0; offset <= HORIZON_DAYS; offset += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    for (const minuteOfDay of starts) {
      const candidate = wallClockToInstant({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        minuteOfDay,
        timeZone,
      });
      if (candidate.getTime() > from.getTime() && inside(candidate)) return candidate;
    }
  }
  return null;
}
