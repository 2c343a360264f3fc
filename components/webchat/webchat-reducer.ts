import type { ChatEntry, ChatInput } from '@/server/runtime/webchat/webchat-contract';
import type { Locale } from '@/i18n/locales';
import type { WebchatErrorCode } from './classify-webchat-error';
import { mergeEntries } from './merge-entries';

/** A visitor message not yet confirmed by the server; its id makes a retry exactly-once. */
export interface OutboxItem {
  clientMessageId: string;
  input: ChatInput;
  createdAt: number;
  status: 'queued' | 'sending' | 'failed';
}

export interface ChannelInfo {
  title: string;
  avatarUrl: string | null;
  defaultLocale: Locale;
}

export interface WebchatState {
  phase: 'connecting' | 'ready' | 'failed';
  channel: ChannelInfo | null;
  entries: ChatEntry[];
  /** In the order typed; sent one at a time from the head, so the transcript keeps that order. */
  outbox: OutboxItem[];
  handoff: boolean;
  /** The banner: the latest failure and the call that caused it (a later success of that call clears it). */
  error: { code: WebchatErrorCode; source: 'open' | 'send' | 'poll' } | null;
}

export type WebchatAction =
  | { type: 'open-started' }
  | { type: 'opened'; channel: ChannelInfo; entries: ChatEntry[] }
  | { type: 'open-failed'; code: WebchatErrorCode }
  | { type: 'enqueued'; item: Omit<OutboxItem, 'status'> }
  | { type: 'send-started'; clientMessageId: string }
  | { type: 'sent'; clientMessageId: string; entries: ChatEntry[]; handoff: boolean }
  | { type: 'send-failed'; clientMessageId: string; code: WebchatErrorCode }
  | { type: 'retry'; clientMessageId: string }
  | { type: 'polled'; entries: ChatEntry[]; handoff: boolean }
  | { type: 'poll-failed'; code: WebchatErrorCode };

export function initialWebchatState(outbox: OutboxItem[] = []): WebchatState {
  return { phase: 'connecting', channel: null, entries: [], outbox, handoff: false, error: null };
}

/** The web chat window's state machine; pure, the `useWebchat` hook performs the calls. */
export function webchatReducer(state: WebchatState, action: WebchatAction): WebchatState {
  switch (action.type) {
    case 'open-started':
      return { ...state, phase: 'connecting', error: null };
    case 'opened':
      // A (re)connection retries what failed before it: client ids make a second delivery harmless.
      return {
        ...state,
        phase: 'ready',
        channel: action.channel,
        entries: mergeEntries(state.entries, action.entries),
        outbox: state.outbox.map((item) => (item.status === 'failed' ? { ...item, status: 'queued' } : item)),
        error: null,
      };
    case 'open-failed':
      return { ...state, phase: 'failed', error: { code: action.code, source: 'open' } };
    case 'enqueued':
      return { ...state, outbox: [...state.outbox, { ...action.item, status: 'queued' }] };
    case 'send-started':
      return { ...state, outbox: setStatus(state.outbox, action.clientMessageId, 'sending') };
    case 'sent':
      return {
        ...state,
        entries: mergeEntries(state.entries, action.entries),
        outbox: state.outbox.filter((item) => item.clientMessageId !== action.clientMessageId),
        handoff: action.handoff,
        error: state.error?.source === 'send' ? null : state.error,
      };
    case 'send-failed':
      return {
        ...state,
        outbox: setStatus(state.outbox, action.clientMessageId, 'failed'),
        error: { code: action.code, source: 'send' },
      };
    case 'retry':
      return { ...state, outbox: setStatus(state.outbox, action.clientMessageId, 'queued') };
    case 'polled': {
      const entries = mergeEntries(state.entries, action.entries);
      const error = state.error?.source === 'poll' ? null : state.error;
      if (entries === state.entries && action.handoff === state.handoff && error === state.error)
        return state;
      return { ...state, entries, handoff: action.handoff, error };
    }
    case 'poll-failed':
      return { ...state, error: { code: action.code, source: 'poll' } };
  }
}

/** The message to send next: the head of the outbox when it is waiting (a failed head holds the rest back). */
export function nextToSend(state: WebchatState): OutboxItem | null {
  const head = state.outbox[0];
  return state.phase === 'ready' && head?.status === 'queued' ? head : null;
}

function setStatus(outbox: OutboxItem[], id: string, status: OutboxItem['status']): OutboxItem[] {
  return outbox.map((item) => (item.clientMessageId === id ? { ...item, status } : item));
}
