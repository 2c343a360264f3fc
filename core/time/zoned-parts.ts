/** Calendar fields of an instant as seen on a wall clock in a given IANA time zone. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  /** `YYYY-MM-DD` */
  date: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone the runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock fields of `at` in `timeZone` (throws RangeError on an unknown zone). */
export function zonedParts(at: Date, timeZone: string): ZonedParts {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) fields[part.type] = part.value;
  const year = Number(fields.year);
  const month = Number(fields.month);
  const day = Number(fields.day);
  return {
    year,
    month,
    day,
    weekday: weekdays.indexOf(fields.weekday ?? ''),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    date: `${fields.year}-${fields.month}-${fields.day}`,
  };
}
