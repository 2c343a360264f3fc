import { FakeTokenBook, type FakeTokenKind } from './fake-token-book';
import { FakeWeComDirectory } from './fake-wecom-directory';
import { validateFakeSendBody } from './validate-fake-send-body';
import { validateFakeWeComSendBody } from './validate-fake-wecom-send-body';

export type FakeInteractionKind = 'message' | 'event';

/** A message the fake accepted through `/cgi-bin/message/custom/send` or WeCom's `/cgi-bin/message/send`. */
export interface FakeSentMessage {
  /** The AppID, or `${corpId}/${agentId}` for a WeCom app. */
  appId: string;
  /** Set for WeCom messages. */
  agentId?: string;
  /** WeCom: the accepted users joined by '|' (unknown ones are left out). */
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
  /** Temporary media uploaded (`/cgi-bin/media/upload`), by the app (WeCom: corp/agent) that owns it. */
  readonly uploads: {
    appId: string;
    mediaId: string;
    type: string;
    contentType: string;
    filename: string;
    bytes: number;
    at: number;
  }[] = [];
  private readonly clock: () => number;
  private offsetMs = 0;
  private readonly apps = new Map<string, string>();
  private readonly tokens: FakeTokenBook;
  private readonly wecom = new FakeWeComDirectory();
  private readonly windows = new Map<string, Partial<Record<FakeInteractionKind, Window>>>();
  private readonly failures = new Map<string, FakeFailure[]>();

  constructor(options: FakeWeChatStateOptions = {}) {
    this.clock = options.now ?? Date.now;
    this.tokens = new FakeTokenBook({
      ttlMs: (options.tokenTtlSeconds ?? 7200) * 1000,
      graceMs: (options.graceSeconds ?? 0) * 1000,
      now: () => this.now(),
    });
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

  /** A WeCom self-built app whose `corpsecret` `/cgi-bin/gettoken` accepts. */
  registerWeComApp(corpId: string, agentId: string, secret: string): void {
    this.wecom.registerApp({ corpId, agentId, secret });
  }

  /** Once a corp has users, WeCom sends to others fail (81013, or listed in `invaliduser`). */
  registerWeComUser(corpId: string, userId: string): void {
    this.wecom.registerUser(corpId, userId);
  }

  /**
   * Requests to `/cgi-bin/token` naming this appid, or to `/cgi-bin/gettoken` for the WeCom app
   * `${corpId}/${agentId}` (failed ones included; unknown secrets count under the corpId).
   */
  tokenCalls(appId: string): number {
    return this.tokens.callsOf(appId);
  }

  countTokenCall(appId: string): void {
    this.tokens.countCall(appId);
  }

  countWeComTokenCall(corpId: string, secret: string): void {
    const resolved = this.wecom.resolve(corpId, secret);
    this.countTokenCall(resolved.problem ? corpId : resolved.appKey);
  }

  /** A new token; the app's previous one dies after the grace period. */
  issueToken(appId: string, secret: string): FakeResult | { access_token: string; expires_in: number } {
    const expected = this.apps.get(appId);
    if (expected === undefined) return fail(40013, 'invalid appid');
    if (secret !== expected) return fail(40125, 'invalid appsecret');
    return this.tokens.mint(appId, 'mp');
  }

  /**
   * A new token for the WeCom app the secret belongs to. Unlike WeCom, which hands out the same
   * token until it expires, the fake replaces it like an Official Account's (tests can then force
   * 40014); the client relies on neither.
   */
  issueWeComToken(corpId: string, secret: string): FakeResult | { access_token: string; expires_in: number } {
    const resolved = this.wecom.resolve(corpId, secret);
    if (resolved.problem) return fail(...resolved.problem);
    return { ...OK, ...this.tokens.mint(resolved.appKey, 'wecom') };
  }

  /** The app a token of this API belongs to, or 41001, 40001 (WeCom 40014), 42001. */
  checkToken(token: string | null, kind: FakeTokenKind = 'mp'): FakeResult | { appId: string } {
    const checked = this.tokens.check(token, kind);
    return checked.problem ? fail(...checked.problem) : { appId: checked.appId };
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

  /** Records an upload of temporary media (WeChat's rules: a known type, a non-empty image of at most 2 MB). */
  upload(
    appId: string,
    file: { type: string; contentType: string; filename: string; bytes: number },
  ): FakeResult | { type: string; media_id: string; created_at: number } {
    if (file.type !== 'image') return fail(40004, 'invalid media type');
    if (!/^image\/(jpeg|png|gif)$/.test(file.contentType)) return fail(40005, 'invalid file type');
    if (file.bytes === 0) return fail(41005, 'media data missing');
    if (file.bytes > 2 * 1024 * 1024) return fail(40006, 'invalid media size');
    const at = this.now();
    const mediaId = `media-${this.uploads.length + 1}-${appId.replace(/\W/g, '')}`;
    this.uploads.push({ appId, mediaId, ...file, at });
    return { type: file.type, media_id: mediaId, created_at: Math.floor(at / 1000) };
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

  /** Validates and records a WeCom app message sent with `appKey`'s token (no window, no quota). */
  sendWeCom(appKey: string, body: unknown): FakeResult & { invaliduser?: string } {
    const check = validateFakeWeComSendBody(body);
    if (check.problem) return fail(...check.problem);
    const slash = appKey.lastIndexOf('/');
    const [corpId, agentId] = [appKey.slice(0, slash), appKey.slice(slash + 1)];
    if (check.agentId !== agentId) return fail(301002, "not allow to operate another agent's data");
    const { valid, invalid } = this.wecom.recipients(corpId, check.touser);
    if (valid.length === 0) return fail(81013, 'user & party & tag all invalid');
    const { msgtype } = check;
    this.sent.push({
      appId: appKey,
      agentId,
      touser: valid.join('|'),
      msgtype,
      body: { ...check.body },
      at: this.now(),
    });
    return { ...OK, invaliduser: invalid.join('|') };
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
