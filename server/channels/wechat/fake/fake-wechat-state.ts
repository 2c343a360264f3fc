import { randomBytes } from 'node:crypto';
import { validateFakeSendBody } from './validate-fake-send-body';

export type FakeInteractionKind = 'message' | 'event';

/** A message the fake accepted through `/cgi-bin/message/custom/send`. */
export interface FakeSentMessage {
  appId: string;
  touser: string;
  msgtype: string;
  body: Record<string, unknown>;
  at: number;
}

/** What the next request to a path does instead of (status, errcode) or before (delay) its work. */
export interface FakeFailure {
  /** Answer with this HTTP status and a plain-text body. */
  status?: number;
  /** Answer 200 with `{errcode, errmsg}`. */
  errcode?: number;
  errmsg?: string;
  /** Wait this long before answering (longer than the client's deadline: a timeout). */
  delayMs?: number;
}

export interface FakeWeChatStateOptions {
  /** `expires_in` of issued tokens (WeChat: 7200). */
  tokenTtlSeconds?: number;
  /** How long a replaced token keeps working (WeChat: about 5 min; default 0 for tests). */
  graceSeconds?: number;
  /** Epoch milliseconds (default Date.now); `advance` adds to it. */
  now?: () => number;
}

/** `{errcode: 0}` or WeChat's error. */
export type FakeResult = { errcode: number; errmsg: string };

interface Window {
  at: number;
  used: number;
}

const OK: FakeResult = { errcode: 0, errmsg: 'ok' };
const fail = (errcode: number, errmsg: string): FakeResult => ({ errcode, errmsg });
/** After a user message: 5 sends within 48 h. After an event (follow, click, scan): 3 within 1 min. */
const QUOTAS = { message: { ms: 48 * 3600_000, sends: 5 }, event: { ms: 60_000, sends: 3 } } as const;

/**
 * The fake WeChat's memory, shared by its HTTP handlers and the test: registered apps, issued tokens,
 * each user's customer-service windows, accepted messages, and failures queued per path.
 */
export class FakeWeChatState {
  readonly sent: FakeSentMessage[] = [];
  readonly typing: { appId: string; touser: string; command: string; at: number }[] = [];
  private readonly ttlMs: number;
  private readonly graceMs: number;
  private readonly clock: () => number;
  private offsetMs = 0;
  private readonly apps = new Map<string, string>();
  private readonly tokens = new Map<string, { appId: string; expiresAt: number; diesAt: number }>();
  private readonly currentToken = new Map<string, string>();
  private readonly tokenCallCounts = new Map<string, number>();
  private readonly windows = new Map<string, Partial<Record<FakeInteractionKind, Window>>>();
  private readonly failures = new Map<string, FakeFailure[]>();

  constructor(options: FakeWeChatStateOptions = {}) {
    this.ttlMs = (options.tokenTtlSeconds ?? 7200) * 1000;
    this.graceMs = (options.graceSeconds ?? 0) * 1000;
    this.clock = options.now ?? Date.now;
  }

  now(): number {
    return this.clock() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  registerApp(appId: string, secret: string): void {
    this.apps.set(appId, secret);
  }

  /** Requests to `/cgi-bin/token` naming this appid (failed ones included). */
  tokenCalls(appId: string): number {
    return this.tokenCallCounts.get(appId) ?? 0;
  }

  countTokenCall(appId: string): void {
    this.tokenCallCounts.set(appId, this.tokenCalls(appId) + 1);
  }

  /** A new token; the app's previous one dies after the grace period. */
  issueToken(appId: string, secret: string): FakeResult | { access_token: string; expires_in: number } {
    const expected = this.apps.get(appId);
    if (expected === undefined) return fail(40013, 'invalid appid');
    if (secret !== expected) return fail(40125, 'invalid appsecret');
    const now = this.now();
    const previous = this.currentToken.get(appId);
    const old = previous === undefined ? undefined : this.tokens.get(previous);
    if (old) old.diesAt = Math.min(old.diesAt, now + this.graceMs);
    const token = randomBytes(48).toString('base64url');
    this.tokens.set(token, { appId, expiresAt: now + this.ttlMs, diesAt: Infinity });
    this.currentToken.set(appId, token);
    return { access_token: token, expires_in: this.ttlMs / 1000 };
  }

  /** The app a token belongs to, or 41001 (missing), 40001 (unknown or replaced), 42001 (expired). */
  checkToken(token: string | null): FakeResult | { appId: string } {
    if (!token) return fail(41001, 'access_token missing');
    const known = this.tokens.get(token);
    const now = this.now();
    if (!known || now >= known.diesAt)
      return fail(40001, 'invalid credential, access_token is invalid or not latest');
    if (now >= known.expiresAt) return fail(42001, 'access_token expired');
    return { appId: known.appId };
  }

  /** The user messaged (opens 5 sends / 48 h) or triggered an event (3 sends / 1 min) at `at`. */
  interact(appId: string, openid: string, kind: FakeInteractionKind, at = this.now()): void {
    const key = `${appId}\n${openid}`;
    this.windows.set(key, { ...this.windows.get(key), [kind]: { at, used: 0 } });
  }

  /** The user unfollowed: every window closes. */
  unfollow(appId: string, openid: string): void {
    this.windows.delete(`${appId}\n${openid}`);
  }

  failNext(path: string, failure: FakeFailure): void {
    this.failures.set(path, [...(this.failures.get(path) ?? []), failure]);
  }

  takeFailure(path: string): FakeFailure | undefined {
    return this.failures.get(path)?.shift();
  }

  /** Validates, applies the window and quota, and records the message. */
  send(appId: string, body: unknown): FakeResult {
    const problem = validateFakeSendBody(body);
    if (problem) return fail(...problem);
    const message = body as { touser: string; msgtype: string };
    const quota = this.consume(appId, message.touser, true);
    if (quota.errcode !== 0) return quota;
    const at = this.now();
    this.sent.push({ appId, touser: message.touser, msgtype: message.msgtype, body: { ...message }, at });
    return OK;
  }

  /** Typing needs an open window but uses no quota. */
  sendTyping(appId: string, body: unknown): FakeResult {
    const { touser, command } = (body ?? {}) as { touser?: unknown; command?: unknown };
    if (typeof touser !== 'string' || touser === '') return fail(40003, 'invalid openid');
    if (command !== 'Typing' && command !== 'CancelTyping') return fail(47001, 'data format error');
    const window = this.consume(appId, touser, false);
    if (window.errcode !== 0) return window;
    this.typing.push({ appId, touser, command, at: this.now() });
    return OK;
  }

  private consume(appId: string, touser: string, use: boolean): FakeResult {
    const windows = this.windows.get(`${appId}\n${touser}`) ?? {};
    const now = this.now();
    const open = (['event', 'message'] as const).flatMap((kind) => {
      const window = windows[kind];
      return window && now >= window.at && now - window.at < QUOTAS[kind].ms ? [{ kind, window }] : [];
    });
    if (open.length === 0) return fail(45015, 'response out of time limit or subscription is canceled');
    if (!use) return OK;
    const available = open.find(({ kind, window }) => window.used < QUOTAS[kind].sends);
    if (!available) return fail(45047, 'out of response count limit');
    available.window.used += 1;
    return OK;
  }
}
