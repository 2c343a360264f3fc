/** Weekdays in display order, Monday first, as the schema numbers them (0 = Sunday … 6 = Saturday). */
export const WEEKDAYS = [
  { day: 1, key: 'mon' },
  { day: 2, key: 'tue' },
  { day: 3, key: 'wed' },
  { day: 4, key: 'thu' },
  { day: 5, key: 'fri' },
  { day: 6, key: 'sat' },
  { day: 0, key: 'sun' },
] as const;

/** `days` with `day` switched on or off; sorted Monday first, without duplicates. */
export function toggleWeekday(days: readonly number[], day: number): number[] {
  const set = new Set(days);
  if (set.has(day)) set.delete(day);
  else set.add(day);
  const order = (d: number) => (d === 0 ? 7 : d);
  return [...set].sort((a, b) => order(a) - order(b));
}
