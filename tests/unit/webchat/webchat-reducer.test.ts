import { describe, expect, it } from 'vitest';
import {
  initialWebchatState,
  nextToSend,
  webchatReducer,
  type WebchatAction,
  type WebchatState,
} from '@/components/webchat/webchat-reducer';
import type { ChatEntry } from '@/server/runtime/webchat/webchat-contract';

const text = (value: string) => ({ type: 'text' as const, text: value });
const entry = (id: number, direction: 'in' | 'out' = 'out'): ChatEntry => ({
  id,
  direction,
  message: { kind: 'text', text: `#${id}` },
  createdAt: id,
});
const channel = { title: 'Demo', avatarUrl: null, defaultLocale: 'en' as const };
const run = (actions: WebchatAction[], state = initialWebchatState()): WebchatState =>
  actions.reduce(webchatReducer, state);
const enqueue = (id: string, value: string): WebchatAction => ({
  type: 'enqueued',
  item: { clientMessageId: id, input: text(value), createdAt: 0 },
});

describe('webchatReducer', () => {
  it('sends nothing before the chat is open, then the head of the outbox', () => {
    const queued = run([enqueue('a', 'one'), enqueue('b', 'two')]);
    expect(nextToSend(queued)).toBeNull();
    const open = run([{ type: 'opened', channel, entries: [entry(1)] }], queued);
    expect(nextToSend(open)?.clientMessageId).toBe('a');
  });

  it('sends one message at a time, in the order typed', () => {
    let state = run([{ type: 'opened', channel, entries: [] }, enqueue('a', 'one'), enqueue('b', 'two')]);
    state = webchatReducer(state, { type: 'send-started', clientMessageId: 'a' });
    expect(nextToSend(state)).toBeNull();
    state = webchatReducer(state, {
      type: 'sent',
      clientMessageId: 'a',
      entries: [entry(2, 'in'), entry(3)],
      handoff: false,
    });
    expect(state.entries.map((e) => e.id)).toEqual([2, 3]);
    expect(nextToSend(state)?.clientMessageId).toBe('b');
  });

  it('keeps a failed message (and those after it) until it is retried with the same id', () => {
    let state = run([
      { type: 'opened', channel, entries: [] },
      enqueue('a', 'one'),
      enqueue('b', 'two'),
      { type: 'send-started', clientMessageId: 'a' },
      { type: 'send-failed', clientMessageId: 'a', code: 'network' },
    ]);
    expect(state.outbox.map((i) => [i.clientMessageId, i.status])).toEqual([
      ['a', 'failed'],
      ['b', 'queued'],
    ]);
    expect(state.error).toEqual({ code: 'network', source: 'send' });
    expect(nextToSend(state)).toBeNull();
    state = webchatReducer(state, { type: 'retry', clientMessageId: 'a' });
    expect(nextToSend(state)).toMatchObject({ clientMessageId: 'a', input: text('one') });
    state = run(
      [
        { type: 'send-started', clientMessageId: 'a' },
        { type: 'sent', clientMessageId: 'a', entries: [entry(4, 'in')], handoff: true },
      ],
      state,
    );
    expect(state.error).toBeNull();
    expect(state.handoff).toBe(true);
    expect(nextToSend(state)?.clientMessageId).toBe('b');
  });

  it('merges polled entries without duplicates and clears a poll error on success', () => {
    let state = run([
      { type: 'opened', channel, entries: [entry(1), entry(2)] },
      { type: 'poll-failed', code: 'network' },
    ]);
    expect(state.error?.source).toBe('poll');
    state = webchatReducer(state, { type: 'polled', entries: [entry(2), entry(3)], handoff: false });
    expect(state.entries.map((e) => e.id)).toEqual([1, 2, 3]);
    expect(state.error).toBeNull();
    expect(webchatReducer(state, { type: 'polled', entries: [entry(3)], handoff: false })).toBe(state);
  });

  it('a send error survives a successful poll', () => {
    const state = run([
      { type: 'opened', channel, entries: [] },
      enqueue('a', 'one'),
      { type: 'send-failed', clientMessageId: 'a', code: 'rateLimited' },
      { type: 'polled', entries: [], handoff: false },
    ]);
    expect(state.error).toEqual({ code: 'rateLimited', source: 'send' });
  });

  it('a reconnection queues failed messages again, in their order', () => {
    const state = run([
      { type: 'opened', channel, entries: [] },
      enqueue('a', 'one'),
      enqueue('b', 'two'),
      { type: 'send-started', clientMessageId: 'a' },
      { type: 'send-failed', clientMessageId: 'a', code: 'expired' },
      { type: 'open-started' },
      { type: 'opened', channel, entries: [] },
    ]);
    expect(state.error).toBeNull();
    expect(nextToSend(state)?.clientMessageId).toBe('a');
    expect(state.outbox.map((i) => i.status)).toEqual(['queued', 'queued']);
  });

  it('an unknown channel fails the open', () => {
    const state = run([{ type: 'open-failed', code: 'unavailable' }]);
    expect(state.phase).toBe('failed');
    expect(state.error).toEqual({ code: 'unavailable', source: 'open' });
  });
});
