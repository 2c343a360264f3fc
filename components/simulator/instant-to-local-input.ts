import { zonedParts } from '@/core/time/zoned-parts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Pure: the `datetime-local` input value ("2025-03-10T09:30") that shows `at` on a wall clock in `timeZone`. */
export function instantToLocalInput(at: number, timeZone: string): string {
  const p = zonedParts(new Date(at), timeZone);
  return `${p.date}T${pad(p.hour)}:${pad(p.minute)}`;
}
