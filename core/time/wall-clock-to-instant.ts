import { zonedParts } from './zoned-parts';

function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(new Date(instant), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant at which a wall clock in `timeZone` shows the given local date and minute of day. */
export function wallClockToInstant(options: {
  year: number;
  month: number;
  day: number;
  minuteOfDay: number;
  timeZone: string;
}): Date {
  const { year, month, day, minuteOfDay, timeZone } = options;
  const wall = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const first = wall - offsetAt(wall, timeZone);
  // A second pass corrects guesses that straddle a daylight-saving change.
  return new Date(wall - offsetAt(first, timeZone));
}
