import { isValidDateString } from './is-valid-date-string';
import { parseClockTime } from './parse-clock-time';
import { type TimeWindow } from './time-window-schema';
import { isValidTimeZone } from './zoned-parts';

/** Human-readable (English) reasons why a time window is invalid; empty when it is valid. */
export function timeWindowProblems(window: TimeWindow): string[] {
  const problems: string[] = [];
  if (window.timezone !== undefined && !isValidTimeZone(window.timezone)) {
    problems.push(`unknown time zone "${window.timezone}"`);
  }
  if (window.days !== undefined && window.days.length === 0) problems.push('no day of week selected');
  for (const range of window.hours ?? []) {
    const start = parseClockTime(range.start);
    const end = parseClockTime(range.end);
    if (start === null || end === null) problems.push(`hours "${range.start}-${range.end}" are not HH:mm`);
    else if (start === end) problems.push(`hours "${range.start}-${range.end}" are an empty range`);
  }
  for (const range of window.dates ?? []) {
    if (!isValidDateString(range.from) || !isValidDateString(range.to)) {
      problems.push(`dates "${range.from}..${range.to}" are not YYYY-MM-DD`);
    } else if (range.from > range.to)
      problems.push(`dates "${range.from}..${range.to}" end before they start`);
  }
  for (const holiday of window.holidays ?? []) {
    if (!isValidDateString(holiday)) problems.push(`holiday "${holiday}" is not YYYY-MM-DD`);
  }
  return problems;
}
