import { type TimeWindow } from '@/core';
import { type Translate } from './translate';

/** Message keys of the day names; index 0 = Sunday, as in time windows. */
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Runs of consecutive days as "Mon–Fri", others listed: `[1,2,3,4,5]` → "Mon–Fri", `[0,6]` → "Sun, Sat". */
function describeDays(days: number[], t: Translate): string {
  const sorted = [...new Set(days)].filter((d) => d >= 0 && d <= 6).sort((a, b) => a - b);
  const name = (d: number) => t(`editorNodes.describe.days.${DAYS[d]!}`);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    const start = sorted[i]!;
    const end = sorted[j]!;
    runs.push(
      end - start >= 2
        ? `${name(start)}–${name(end)}`
        : sorted
            .slice(i, j + 1)
            .map(name)
            .join(', '),
    );
    i = j + 1;
  }
  return runs.join(', ');
}

/** A compact reading of a time window: "09:00–18:00, Mon–Fri"; "any time" when unconstrained. */
export function describeTimeWindow(window: TimeWindow, t: Translate): string {
  const parts: string[] = [];
  if (window.hours?.length) parts.push(window.hours.map((h) => `${h.start}–${h.end}`).join(', '));
  if (window.days?.length) parts.push(describeDays(window.days, t));
  if (window.dates?.length) parts.push(window.dates.map((d) => `${d.from}–${d.to}`).join(', '));
  return parts.length > 0 ? parts.join(', ') : t('editorNodes.describe.condition.anyTime');
}
