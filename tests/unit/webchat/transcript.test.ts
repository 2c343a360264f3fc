import { describe, expect, it } from 'vitest';
import { buildTranscriptRows } from '@/components/webchat/build-transcript-rows';
import { mergeEntries } from '@/components/webchat/merge-entries';
import type { ChatEntry } from '@/server/runtime/webchat/webchat-contract';

const MINUTE = 60_000;
const entry = (id: number, direction: 'in' | 'out' = 'out', createdAt = id * 1000): ChatEntry => ({
  id,
  direction,
  message: { kind: 'text', text: `#${id}` },
  createdAt,
});

describe('mergeEntries', () => {
  it('orders by id and keeps one entry per id', () => {
    const current = [entry(1), entry(3)];
    const merged = mergeEntries(current, [entry(2), entry(3), entry(2), entry(5)]);
    expect(merged.map((e) => e.id)).toEqual([1, 2, 3, 5]);
    expect(merged[2]).toBe(current[1]);
  });

  it('returns the same array when nothing is new (a quiet poll does not re-render)', () => {
    const current = [entry(1), entry(2)];
    expect(mergeEntries(current, [])).toBe(current);
    expect(mergeEntries(current, [entry(2), entry(1)])).toBe(current);
  });

  it('merges a send answer and a poll answer that overlap, in any order', () => {
    const send = [entry(4, 'in'), entry(5), entry(6)];
    const poll = [entry(5), entry(6), entry(7)];
    const a = mergeEntries(mergeEntries([entry(3)], send), poll);
    const b = mergeEntries(mergeEntries([entry(3)], poll), send);
    expect(a.map((e) => e.id)).toEqual([3, 4, 5, 6, 7]);
    expect(b).toEqual(a);
  });
});

describe('buildTranscriptRows', () => {
  const dayOf = (at: number) => `day-${Math.floor(at / (24 * 60 * MINUTE))}`;

  it('puts a divider before each day and the time on the last entry of a run from one side', () => {
    const day2 = 24 * 60 * MINUTE;
    const entries = [
      entry(1, 'out', 0),
      entry(2, 'out', MINUTE),
      entry(3, 'in', 2 * MINUTE),
      entry(4, 'out', 3 * MINUTE),
      entry(5, 'out', 30 * MINUTE),
      entry(6, 'out', day2 + MINUTE),
    ];
    const rows = buildTranscriptRows({ entries, outbox: [], dayOf });
    expect(
      rows.map((r) => (r.type === 'entry' ? `${r.entry.id}${r.lastOfGroup ? '*' : ''}` : r.type)),
    ).toEqual(['day', '1', '2*', '3*', '4*', '5*', 'day', '6*']);
  });

  it('appends unconfirmed messages in the order typed', () => {
    const outbox = [
      {
        clientMessageId: 'a',
        input: { type: 'text' as const, text: 'hi' },
        createdAt: 1,
        status: 'failed' as const,
      },
      {
        clientMessageId: 'b',
        input: { type: 'text' as const, text: 'there' },
        createdAt: 2,
        status: 'queued' as const,
      },
    ];
    const rows = buildTranscriptRows({ entries: [entry(1)], outbox, dayOf });
    expect(rows.map((r) => r.key)).toEqual(['day-day-0', 'entry-1', 'pending-a', 'pending-b']);
  });
});
