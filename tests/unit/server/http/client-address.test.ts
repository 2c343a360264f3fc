import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/server/http/lean-handler';

const request = (forwarded: string | undefined, peer = '10.0.0.5') =>
  ({
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
    socket: { remoteAddress: peer },
  }) as unknown as IncomingMessage;

describe('client address for rate limits', () => {
  it('is the socket peer unless a proxy is trusted', () => {
    expect(clientAddress(request('1.2.3.4'), false)).toBe('10.0.0.5');
    expect(clientAddress(request(undefined), true)).toBe('10.0.0.5');
  });

  it('behind a trusted proxy, is the entry the proxy appended (a client cannot forge it)', () => {
    expect(clientAddress(request('203.0.113.7'), true)).toBe('203.0.113.7');
    expect(clientAddress(request('6.6.6.6, 203.0.113.7'), true)).toBe('203.0.113.7');
    expect(clientAddress(request('  '), true)).toBe('10.0.0.5');
  });
});
