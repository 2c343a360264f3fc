import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Web chat visitor tokens: `<visitor id>.<HMAC-SHA256(key, channel id + visitor id)>`, base64url. The
 * key is derived from the master key, so tokens need no storage and a rotated master key logs every
 * visitor out. A token is valid for one channel only.
 */
export class VisitorTokens {
  constructor(private readonly key: string) {}

  issue(channelId: string): { visitorId: string; token: string } {
    const visitorId = `v_${randomBytes(16).toString('base64url')}`;
    return { visitorId, token: `${visitorId}.${this.sign(channelId, visitorId)}` };
  }

  /** The visitor id of a valid token for `channelId`, else null. */
  verify(channelId: string, token: string): string | null {
    const dot = token.lastIndexOf('.');
    if (dot <= 0) return null;
    const visitorId = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1), 'base64url');
    const expected = Buffer.from(this.sign(channelId, visitorId), 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return visitorId;
  }

  private sign(channelId: string, visitorId: string): string {
    return createHmac('sha256', this.key).update(`${channelId}:${visitorId}`).digest('base64url');
  }
}
