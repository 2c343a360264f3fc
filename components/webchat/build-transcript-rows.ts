import type { ChatEntry } from '@/server/runtime/webchat/webchat-contract';
import type { OutboxItem } from './webchat-reducer';

/** Entries this close together from the same side share one timestamp. */
const GROUP_GAP_MS = 5 * 60_000;

export type TranscriptRow =
  | { type: 'day'; key: string; at: number }
  | { type: 'entry'; key: string; entry: ChatEntry; lastOfGroup: boolean }
  | { type: 'pending'; key: string; item: OutboxItem };

/**
 * The rows of the message list: a divider where the day changes, the confirmed entries (the last
 * one of a run from the same side within five minutes carries the time), then the visitor's
 * unconfirmed messages in the order typed. `dayOf` maps a time to a calendar-day key in the
 * visitor's time zone.
 */
export function buildTranscriptRows(options: {
  entries: readonly ChatEntry[];
  outbox: readonly OutboxItem[];
  dayOf: (at: number) => string;
}): TranscriptRow[] {
  const { entries, outbox, dayOf } = options;
  const rows: TranscriptRow[] = [];
  entries.forEach((entry, index) => {
    const day = dayOf(entry.createdAt);
    const previous = entries[index - 1];
    if (!previous || dayOf(previous.createdAt) !== day)
      rows.push({ type: 'day', key: `day-${day}`, at: entry.createdAt });
    const next = entries[index + 1];
    const lastOfGroup =
      !next ||
      next.direction !== entry.direction ||
      next.createdAt - entry.createdAt > GROUP_GAP_MS ||
      dayOf(next.createdAt) !== day;
    rows.push({ type: 'entry', key: `entry-${entry.id}`, entry, lastOfGroup });
  });
  for (const item of outbox) rows.push({ type: 'pending', key: `pending-${item.clientMessageId}`, item });
  return rows;
}
