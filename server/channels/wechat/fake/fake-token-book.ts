import { randomBytes } from 'node:crypto';

/** Which API a token belongs to: the Official Account one, or WeCom's. */
export type FakeTokenKind = 'mp' | 'wecom';

type Problem = readonly [errcode: number, errmsg: string];

/**
 * The fake's issued access tokens: one live token per app (`mint` replaces it; the old one dies
 * after the grace period), each valid for one API only, and how many token requests each app made.
 */
export class FakeTokenBook {
  private readonly tokens = new Map<
    string,
    { appId: string; kind: FakeTokenKind; expiresAt: number; diesAt: number }
  >();
  private readonly current = new Map<string, string>();
  private readonly calls = new Map<string, number>();

  constructor(private readonly options: { ttlMs: number; graceMs: number; now: () => number }) {}

  callsOf(appId: string): number {
    return this.calls.get(appId) ?? 0;
  }

  countCall(appId: string): void {
    this.calls.set(appId, this.callsOf(appId) + 1);
  }

  mint(appId: string, kind: FakeTokenKind): { access_token: string; expires_in: number } {
    const { ttlMs, graceMs } = this.options;
    const now = this.options.now();
    const previous = this.current.get(appId);
    const old = previous === undefined ? undefined : this.tokens.get(previous);
    if (old) old.diesAt = Math.min(old.diesAt, now + graceMs);
    const token = randomBytes(48).toString('base64url');
    this.tokens.set(token, { appId, kind, expiresAt: now + ttlMs, diesAt: Infinity });
    this.current.set(appId, token);
    return { access_token: token, expires_in: ttlMs / 1000 };
  }

  /**
   * The app a token of this API belongs to, or 41001 (missing), 40001 (WeCom: 40014) for unknown,
   * replaced or the other API's tokens, 42001 (expired).
   */
  check(token: string | null, kind: FakeTokenKind): { problem: Problem } | { problem: null; appId: string } {
    if (!token) return { problem: [41001, 'access_token missing'] };
    const known = this.tokens.get(token);
    const now = this.options.now();
    if (!known || known.kind !== kind || now >= known.diesAt)
      return {
        problem:
          kind === 'wecom'
            ? [40014, 'invalid access_token']
            : [40001, 'invalid credential, access_token is invalid or not latest'],
      };
    if (now >= known.expiresAt) return { problem: [42001, 'access_token expired'] };
    return { problem: null, appId: known.appId };
  }
}
