import { afterEach, describe, expect, it, vi } from 'vitest';
import { newClientMessageId } from '@/components/webchat/new-client-message-id';
import { visitorStorage } from '@/components/webchat/visitor-storage';

function fakeLocalStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('visitorStorage', () => {
  it('keeps the token and the unconfirmed messages per channel; restored messages are queued again', () => {
    const localStorage = fakeLocalStorage();
    vi.stubGlobal('window', { localStorage });
    const a = visitorStorage('channel-a');
    const b = visitorStorage('channel-b');
    a.writeToken('token-a-123456');
    expect(a.readToken()).toBe('token-a-123456');
    expect(b.readToken()).toBeNull();
    const item = {
      clientMessageId: 'id-12345678',
      input: { type: 'menu-option' as const, optionId: 'small', label: '1-10 人' },
      createdAt: 5,
      status: 'failed' as const,
    };
    a.writeOutbox([item]);
    expect(visitorStorage('channel-a').readOutbox()).toEqual([{ ...item, status: 'queued' }]);
    a.writeOutbox([]);
    expect([...localStorage.data.keys()]).toEqual(['replyflow.webchat.channel-a.token']);
  });

  it('drops malformed stored items', () => {
    const localStorage = fakeLocalStorage();
    localStorage.setItem(
      'replyflow.webchat.k.outbox',
      JSON.stringify([{ clientMessageId: 'x', createdAt: 1, input: { type: 'image' } }, 'junk', null]),
    );
    vi.stubGlobal('window', { localStorage });
    expect(visitorStorage('k').readOutbox()).toEqual([]);
    localStorage.setItem('replyflow.webchat.k.outbox', '{not json');
    expect(visitorStorage('k').readOutbox()).toEqual([]);
  });

  it('works in memory when storage is blocked (third-party iframe, private mode)', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    const storage = visitorStorage('k');
    storage.writeToken('token-in-memory');
    expect(storage.readToken()).toBe('token-in-memory');
  });
});

describe('newClientMessageId', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a v4 UUID, also where randomUUID is missing (plain http)', () => {
    expect(newClientMessageId()).toMatch(UUID);
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
    const ids = new Set(Array.from({ length: 50 }, () => newClientMessageId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(UUID);
  });
});
