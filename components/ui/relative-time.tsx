'use client';
import { useFormatter, useNow } from 'next-intl';

/** "3 hours ago", with the exact date and time in the tooltip. */
export function RelativeTime({ date }: { date: Date }) {
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  return (
    <time
      dateTime={date.toISOString()}
      title={format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' })}
    >
      {format.relativeTime(date, now)}
    </time>
  );
}
