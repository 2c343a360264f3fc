import { createHmac, timingSafeEqual } from 'node:crypto';
import { WEBHOOK_TOLERANCE_SECONDS } from './webhook-contract';

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** The signature header value for `body` sent at `timestamp` (unix seconds): `sha256=<hex>`. */
export function signWebhookBody(options: {
  secret: string;
  timestamp: number;
  body: string | Buffer;
}): string {
  const mac = createHmac('sha256', options.secret);
  mac.update(`${options.timestamp}.`);
  mac.update(options.body);
  return `sha256=${mac.digest('hex')}`;
}

/**
 * Checks a webhook request's timestamp (within the tolerance, against replays) and its HMAC, compared
 * in constant time. Returns a reason for the 401 answer instead of throwing.
 */
export function verifyWebhookSignature(options: {
  secret: string;
  body: Buffer;
  timestamp: string | undefined;
  signature: string | undefined;
  nowSeconds: number;
}): SignatureCheck {
  const { timestamp, signature } = options;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp))
    return { ok: false, reason: 'missing or malformed timestamp header' };
  if (Math.abs(options.nowSeconds - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS)
    return {
      ok: false,
      reason: `timestamp is more than ${WEBHOOK_TOLERANCE_SECONDS} seconds off the server clock`,
    };
  if (!signature || !/^sha256=[0-9a-f]{64}$/i.test(signature))
    return { ok: false, reason: 'missing or malformed signature header (expected sha256=<64 hex digits>)' };
  const expected = Buffer.from(
    signWebhookBody({ secret: options.secret, timestamp: Number(timestamp), body: options.body }).slice(7),
    'hex',
  );
  const given = Buffer.from(signature.slice(7), 'hex');
  return timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'signature does not match' };
}
