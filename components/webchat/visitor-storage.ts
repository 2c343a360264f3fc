import type { OutboxItem } from './webchat-reducer';

/**
 * What the browser keeps per channel: the visitor token (the same visitor after a reload) and the
 * messages not yet confirmed (re-sent with the same client id after a reload: exactly-once).
 * Storage can be unavailable (blocked third-party storage in an iframe, private modes): then the
 * chat still works for the lifetime of the page.
 */
export interface VisitorStorage {
  readToken(): string | null;
  writeToken(token: string): void;
  readOutbox(): OutboxItem[];
  writeOutbox(outbox: readonly OutboxItem[]): void;
}

export function visitorStorage(channelKey: string): VisitorStorage {
  const tokenKey = `replyflow.webchat.${channelKey}.token`;
  const outboxKey = `replyflow.webchat.${channelKey}.outbox`;
  const memory = new Map<string, string>();
  const get = (key: string): string | null => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return memory.get(key) ?? null;
    }
  };
  const set = (key: string, value: string | null): void => {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch {
      if (value === null) memory.delete(key);
      else memory.set(key, value);
    }
  };
  return {
    readToken: () => get(tokenKey),
    writeToken: (token) => set(tokenKey, token),
    readOutbox: () => parseOutbox(get(outboxKey)),
    writeOutbox: (outbox) =>
      set(
        outboxKey,
        outbox.length === 0 ? null : JSON.stringify(outbox.map((item) => ({ ...item, status: 'queued' }))),
      ),
  };
}

/** Keeps only well-formed items: the stored value is untrusted input from an older page version. */
function parseOutbox(raw: string | null): OutboxItem[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(isOutboxItem).map((item) => ({ ...item, status: 'queued' }));
  } catch {
    return [];
  }
}

function isOutboxItem(value: unknown): value is OutboxItem {
  const item = value as Partial<OutboxItem> | null;
  if (typeof item?.clientMessageId !== 'string' || typeof item.createdAt !== 'number') return false;
  const input = item.input as Record<string, unknown> | undefined;
  if (input?.type === 'text') return typeof input.text === 'string';
  if (input?.type === 'menu-option')
    return typeof input.optionId === 'string' && typeof input.label === 'string';
  return false;
}
