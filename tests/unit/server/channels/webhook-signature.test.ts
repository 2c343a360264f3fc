import { describe, expect, it } from 'vitest';
import { signWebhookBody, verifyWebhookSignature } from '@/server/channels/webhook/verify-webhook-signature';

// Computed independently: printf '%s' '1700000000.{"senderId":"u1","text":"hi"}' | openssl dgst -sha256 -hmac whsec_test
const VECTOR = {
  secret: 'whsec_test',
  timestamp: 1700000000,
  body: '{"senderId":"u1","text":"hi"}',
  signature: 'sha256=a8e5d008ade00ac1f59af13e576413d082c1f707f966362337006e28cc8b4830',
};

const check = (overrides: Partial<Parameters<typeof verifyWebhookSignature>[0]> = {}) =>
  verifyWebhookSignature({
    secret: VECTOR.secret,
    body: Buffer.from(VECTOR.body),
    timestamp: String(VECTOR.timestamp),
    signature: VECTOR.signature,
    nowSeconds: VECTOR.timestamp + 10,
    ...overrides,
  });

describe('webhook signatures', () => {
  it('matches the documented scheme (openssl vector)', () => {
    expect(signWebhookBody(VECTOR)).toBe(VECTOR.signature);
    expect(check()).toEqual({ ok: true });
    expect(check({ signature: VECTOR.signature.toUpperCase().replace('SHA256', 'sha256') })).toEqual({
      ok: true,
    });
  });

  it('refuses a changed body, another secret, a missing or malformed header', () => {
    expect(check({ body: Buffer.from(VECTOR.body.replace('hi', 'ho')) })).toMatchObject({ ok: false });
    expect(check({ secret: 'whsec_other' })).toMatchObject({ ok: false, reason: 'signature does not match' });
    expect(check({ signature: undefined })).toMatchObject({ ok: false, reason: /signature header/ });
    expect(check({ signature: 'sha256=abc' })).toMatchObject({ ok: false, reason: /signature header/ });
    expect(check({ timestamp: undefined })).toMatchObject({ ok: false, reason: /timestamp/ });
    expect(check({ timestamp: '17e8' })).toMatchObject({ ok: false, reason: /timestamp/ });
  });

  it('refuses replays outside the five-minute tolerance, in both directions', () => {
    expect(check({ nowSeconds: VECTOR.timestamp + 300 })).toEqual({ ok: true });
    expect(check({ nowSeconds: VECTOR.timestamp + 301 })).toMatchObject({ ok: false, reason: /seconds off/ });
    expect(check({ nowSeconds: VECTOR.timestamp - 301 })).toMatchObject({ ok: false, reason: /seconds off/ });
  });
});
