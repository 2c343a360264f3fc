const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `holidays` with `date` (`YYYY-MM-DD`) added, sorted and without duplicates; unchanged for a bad date. */
export function addHoliday(holidays: readonly string[], date: string): string[] {
  if (!DATE.test(date) || holidays.includes(date)) return [...holidays];
  return [...holidays, date].sort();
}
