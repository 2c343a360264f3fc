import { createHash, createHmac } from 'node:crypto';
import type { RawQueryable, RawSql } from '@/server/db/raw-sql';
import type { SecretBox } from '@/server/security/secret-box';
import { accessTokenSql, type AccessTokenRow } from './access-token-sql';
import { fetchAccessToken } from './fetch-access-token';
import type { FetchFn } from './fetch-wechat-json';
import type { WeChatApp } from './wechat-app';
import { wechatAppKey } from './wechat-app-key';

export interface AccessTokenStoreOptions {
  /** The shared database (table `wechat_access_tokens`). */
  raw: RawSql;
  /** Encrypts tokens at rest and keys the app-secret fingerprint. */
  secrets: SecretBox;
  /** Epoch milliseconds; injectable for tests. */
  now?: () => number;
  /** Defaults to the global fetch. */
  fetch?: FetchFn;
  /** Deadline of each WeChat request (default 5 s). */
  timeoutMs?: number;
  /** A token is refreshed when less than this is left (default 5 min; at most half its lifetime). */
  refreshEarlyMs?: number;
}

export interface GetTokenRequest extends WeChatApp {
  /** The token WeChat just rejected (40001/42001): refresh unless someone already replaced it. */
  forceRefreshOf?: string;
}

interface KnownToken {
  token: string;
  secretHash: string;
  expiresAt: number;
  refreshedAt: number;
}

interface Flight {
  secretHash: string;
  promise: Promise<string>;
}

/** The tail of each embedded database's per-app refresh queue (every store of the process shares it). */
const embeddedQueues = new WeakMap<RawSql, Map<string, Promise<unknown>>>();

/** Runs `fn` after every earlier call for the same database and key has settled. */
async function inProcessLock<T>(raw: RawSql, key: string, fn: () => Promise<T>): Promise<T> {
  let queues = embeddedQueues.get(raw);
  if (!queues) embeddedQueues.set(raw, (queues = new Map()));
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.catch(() => {});
  queues.set(key, tail);
  try {
    return await run;
  } finally {
    if (queues.get(key) === tail) queues.delete(key);
  }
}

/**
 * One access_token per app (per WeCom app, not per corp: see `wechatAppKey`), shared by every
 * process through the database. Reads are served from a per-process cache while the token has more
 * than `refreshEarlyMs` left. A refresh happens inside a transaction holding an advisory lock keyed
 * by the app, after re-reading the row, so among all processes only one asks WeChat (a second fetch
 * would invalidate the first token). A failed fetch throws `WeChatApiError` and leaves the stored
 * token as it was. The lock is held during the fetch (at most `timeoutMs`). On the embedded database
 * (one process) an in-process lock takes its place and the fetch runs outside any transaction.
 */
export class AccessTokenStore {
  readonly fetch: FetchFn;
  readonly timeoutMs: number;
  private readonly raw: RawSql;
  private readonly secrets: SecretBox;
  private readonly now: () => number;
  private readonly refreshEarlyMs: number;
  private readonly secretKey: string;
  private readonly cache = new Map<string, KnownToken>();
  private readonly flights = new Map<string, Flight>();

  constructor(options: AccessTokenStoreOptions) {
    this.raw = options.raw;
    this.secrets = options.secrets;
    this.now = options.now ?? Date.now;
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.refreshEarlyMs = options.refreshEarlyMs ?? 5 * 60_000;
    this.secretKey = this.secrets.deriveSecret('wechat-app-secret');
  }

  /** A token valid for a while yet; throws `WeChatApiError` when a needed refresh fails. */
  async getToken(request: GetTokenRequest): Promise<string> {
    const key = `${request.apiBase}\n${wechatAppKey(request)}`;
    const secretHash = createHmac('sha256', this.secretKey).update(request.appSecret).digest('base64url');
    const cached = this.cache.get(key);
    if (cached && this.usable(cached, secretHash, request.forceRefreshOf)) return cached.token;
    // Callers of one process share a refresh in progress (and its failure).
    const flight = this.flights.get(key);
    if (flight?.secretHash === secretHash) {
      const token = await flight.promise;
      if (token !== request.forceRefreshOf) return token;
    } else if (flight) {
      await flight.promise.catch(() => {});
    }
    const promise = this.refresh(key, secretHash, request).finally(() => {
      if (this.flights.get(key)?.promise === promise) this.flights.delete(key);
    });
    this.flights.set(key, { secretHash, promise });
    return promise;
  }

  private usable(known: KnownToken, secretHash: string, forceRefreshOf: string | undefined): boolean {
    if (known.secretHash !== secretHash || known.token === forceRefreshOf) return false;
    const early = Math.min(this.refreshEarlyMs, (known.expiresAt - known.refreshedAt) / 2);
    return known.expiresAt - this.now() > early;
  }

  private async refresh(key: string, secretHash: string, request: GetTokenRequest): Promise<string> {
    // On the embedded database this process is the only one: an in-process lock stands in for the
    // advisory lock, since a transaction held during the fetch would stop every other query.
    const known = this.raw.embedded
      ? await inProcessLock(this.raw, key, () => this.readOrFetch(this.raw, secretHash, request))
      : await this.raw.transaction(async (tx) => {
          const lockKey = createHash('sha256')
            .update(`wechat-access-token\n${key}`)
            .digest()
            .readBigInt64BE(0);
          await tx.query(accessTokenSql.lock, [lockKey.toString()]);
          return this.readOrFetch(tx, secretHash, request);
        });
    this.cache.set(key, known);
    return known.token;
  }

  /** The stored token if still usable, else a fresh one from WeChat, stored. */
  private async readOrFetch(
    db: RawQueryable,
    secretHash: string,
    request: GetTokenRequest,
  ): Promise<KnownToken> {
    const appKey = wechatAppKey(request);
    const [row] = await db.query<AccessTokenRow>(accessTokenSql.select, [request.apiBase, appKey]);
    const stored = row && this.decode(row);
    if (stored && this.usable(stored, secretHash, request.forceRefreshOf)) return stored;
    const refreshedAt = this.now();
    const fetched = await fetchAccessToken({ app: request, fetch: this.fetch, timeoutMs: this.timeoutMs });
    const fresh: KnownToken = {
      token: fetched.token,
      secretHash,
      refreshedAt,
      expiresAt: refreshedAt + fetched.expiresInSeconds * 1000,
    };
    await db.query(accessTokenSql.upsert, [
      request.apiBase,
      appKey,
      this.secrets.encrypt(fresh.token),
      secretHash,
      fresh.expiresAt,
      fresh.refreshedAt,
    ]);
    return fresh;
  }

  /** A row this process cannot decrypt (its key was rotated away) counts as no token. */
  private decode(row: AccessTokenRow): KnownToken | null {
    try {
      return {
        token: this.secrets.decrypt(row.token_encrypted),
        secretHash: row.secret_hash,
        expiresAt: Number(row.expires_at_ms),
        refreshedAt: Number(row.refreshed_at_ms),
      };
    } catch {
      return null;
    }
  }
}
