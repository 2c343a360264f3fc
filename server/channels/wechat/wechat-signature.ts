import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * WeChat's request signature (PROTOCOL.md §1-2): SHA-1, lowercase hex, of the parts sorted
 * lexicographically and joined. Plain mode signs `[token, timestamp, nonce]`; safe mode's
 * `msg_signature` adds the `Encrypt` value.
 */
export function wechatSignature(parts: readonly string[]): string {
  return createHash('sha1')
    .update([...parts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(''))
    .digest('hex');
}

/** Whether `received` is the signature of `parts`, compared in constant time (any length, any case of input). */
export function signatureMatches(received: string | null | undefined, parts: readonly string[]): boolean {
  if (typeof received !== 'string') return false;
  const expected = Buffer.from(wechatSignature(parts), 'utf8');
  const actual = Buffer.from(received, 'utf8');
  // Equal lengths are required by timingSafeEqual; compare against itself to spend the same time.
  if (actual.length !== expected.length) {
    timingSafeEqual(expected, expected);
    return false;
  }
  return timingSafeEqual(actual, expected);
}
