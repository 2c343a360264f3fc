import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startFakeWeChatServer,
  type FakeWeChatServer,
} from '@/server/channels/wechat/fake/fake-wechat-server';

const APP = { appId: 'wx-fake-1', secret: 'secret-1' };
let fake: FakeWeChatServer;
let clock = Date.UTC(2026, 0, 1);

beforeAll(async () => {
  fake = await startFakeWeChatServer({ apps: [APP], tokenTtlSeconds: 7200, now: () => clock });
});
afterAll(() => fake?.close());

async function getToken(appid = APP.appId, secret = APP.secret): Promise<Record<string, unknown>> {
  const query = new URLSearchParams({ grant_type: 'client_credential', appid, secret });
  return (await (await fetch(`${fake.url}/cgi-bin/token?${query}`)).json()) as Record<string, unknown>;
}

async function post(
  path: string,
  token: string,
  body: unknown,
): Promise<{ errcode: number; errmsg: string }> {
  const response = await fetch(`${fake.url}${path}?access_token=${token}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return (await response.json()) as { errcode: number; errmsg: string };
}

const send = (token: string, body: unknown) => post('/cgi-bin/message/custom/send', token, body);
const text = (touser: string, content = 'hi') => ({ touser, msgtype: 'text', text: { content } });
let user = 0;
/** A fresh openid per test: windows and quotas are per user. */
const newUser = () => `openid-${++user}`;

let token: string;
beforeEach(async () => {
  token = (await getToken()).access_token as string;
});

describe('fake WeChat token endpoint', () => {
  it('issues a token for registered credentials and counts calls per app', async () => {
    const before = fake.state.tokenCalls(APP.appId);
    const answer = await getToken();
    expect(answer).toMatchObject({ expires_in: 7200 });
    expect(typeof answer.access_token).toBe('string');
    expect(fake.state.tokenCalls(APP.appId)).toBe(before + 1);
  });

  it('rejects an unknown appid (40013) and a wrong secret (40125)', async () => {
    expect(await getToken('wx-nobody')).toMatchObject({ errcode: 40013 });
    expect(await getToken(APP.appId, 'wrong')).toMatchObject({ errcode: 40125 });
  });

  it('invalidates the previous token when a new one is issued (40001)', async () => {
    const openid = newUser();
    fake.state.interact(APP.appId, openid, 'message');
    await getToken();
    expect(await send(token, text(openid))).toMatchObject({ errcode: 40001 });
    expect(await send('never-issued', text(openid))).toMatchObject({ errcode: 40001 });
  });

  it('expires tokens after their lifetime (42001)', async () => {
    const openid = newUser();
    fake.state.interact(APP.appId, openid, 'message');
    clock += 7200 * 1000;
    expect(await send(token, text(openid))).toMatchObject({ errcode: 42001 });
  });
});

describe('fake WeChat custom-service send', () => {
  it('accepts a message inside the window and records it', async () => {
    const openid = newUser();
    fake.state.interact(APP.appId, openid, 'message');
    expect(await send(token, text(openid, 'hello'))).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(fake.state.sent.at(-1)).toMatchObject({ appId: APP.appId, touser: openid, msgtype: 'text' });
    expect(fake.state.sent.at(-1)?.body).toMatchObject({ text: { content: 'hello' } });
  });

  it('refuses users who never interacted, whose 48 h passed, or who unfollowed (45015)', async () => {
    const never = newUser();
    expect(await send(token, text(never))).toMatchObject({ errcode: 45015 });
    const old = newUser();
    fake.state.interact(APP.appId, old, 'message', clock - 48 * 3600_000);
    expect(await send(token, text(old))).toMatchObject({ errcode: 45015 });
    const gone = newUser();
    fake.state.interact(APP.appId, gone, 'message');
    fake.state.unfollow(APP.appId, gone);
    expect(await send(token, text(gone))).toMatchObject({ errcode: 45015 });
  });

  it('allows 5 sends after a user message, then 45047; a new message reopens the quota', async () => {
    const openid = newUser();
    fake.state.interact(APP.appId, openid, 'message');
    for (let i = 0; i < 5; i++) expect(await send(token, text(openid))).toMatchObject({ errcode: 0 });
    expect(await send(token, text(openid))).toMatchObject({ errcode: 45047 });
    fake.state.interact(APP.appId, openid, 'message');
    expect(await send(token, text(openid))).toMatchObject({ errcode: 0 });
  });

  it('allows 3 sends within a minute after an event, then 45047, and 45015 after the minute', async () => {
    const openid = newUser();
    fake.state.interact(APP.appId, openid, 'event');
    for (let i = 0; i < 3; i++) expect(await send(token, text(openid))).toMatchObject({ errcode: 0 });
    expect(await send(token, text(openid))).toMatchObject({ errcode: 45047 });
    const later = newUser();
    fake.state.interact(APP.appId, later, 'event');
    clock += 60_000;
    const fresh = (await getToken()).access_token as string;
    expect(await send(fresh, text(later))).toMatchObject({ errcode: 45015 });
  });

  it('limits text to 2048 UTF-8 bytes (45002)', async () => {
    const openid = newUser();
    fake.state.interact(APP.appId, openid, 'message');
    expect(await send(token, text(openid, '好'.repeat(682) + 'ab'))).toMatchObject({ errcode: 0 });
    expect(await send(token, text(openid, '好'.repeat(683)))).toMatchObject({ errcode: 45002 });
  });

  it('rejects unknown message types (40008), bad payloads and bad JSON', async () => {
    const openid = newUser();
    fake.state.interact(APP.appId, openid, 'message');
    expect(await send(token, { touser: openid, msgtype: 'hologram', hologram: {} })).toMatchObject({
      errcode: 40008,
    });
    expect(await send(token, { touser: openid, msgtype: 'image', image: {} })).toMatchObject({
      errcode: 40007,
    });
    const two = { title: 't', url: 'https://example.com' };
    expect(
      await send(token, { touser: openid, msgtype: 'news', news: { articles: [two, two] } }),
    ).toMatchObject({ errcode: 45008 });
    expect(await send(token, '{not json')).toMatchObject({ errcode: 47001 });
    expect(await send(token, { msgtype: 'text', text: { content: 'x' } })).toMatchObject({ errcode: 40003 });
    expect(fake.state.sent.filter((m) => m.touser === openid)).toHaveLength(0);
  });
});

describe('fake WeChat typing and failure injection', () => {
  it('accepts typing inside the window without using quota, with the same token checks', async () => {
    const openid = newUser();
    fake.state.interact(APP.appId, openid, 'event');
    const typing = (body: unknown, t = token) => post('/cgi-bin/message/custom/typing', t, body);
    for (let i = 0; i < 4; i++)
      expect(await typing({ touser: openid, command: 'Typing' })).toMatchObject({ errcode: 0 });
    expect(await send(token, text(openid))).toMatchObject({ errcode: 0 });
    expect(await typing({ touser: openid, command: 'Typing' }, 'bogus')).toMatchObject({ errcode: 40001 });
    expect(await typing({ touser: newUser(), command: 'Typing' })).toMatchObject({ errcode: 45015 });
    expect(fake.state.typing.filter((t) => t.touser === openid)).toHaveLength(4);
  });

  it('fails the next request to a path once, by errcode, status or delay', async () => {
    const openid = newUser();
    fake.state.interact(APP.appId, openid, 'message');
    fake.state.failNext('/cgi-bin/message/custom/send', {
      errcode: 45009,
      errmsg: 'reach max api daily quota limit',
    });
    expect(await send(token, text(openid))).toEqual({
      errcode: 45009,
      errmsg: 'reach max api daily quota limit',
    });
    expect(await send(token, text(openid))).toMatchObject({ errcode: 0 });

    fake.state.failNext('/cgi-bin/token', { status: 503 });
    const query = new URLSearchParams({
      grant_type: 'client_credential',
      appid: APP.appId,
      secret: APP.secret,
    });
    expect((await fetch(`${fake.url}/cgi-bin/token?${query}`)).status).toBe(503);

    fake.state.failNext('/cgi-bin/message/custom/send', { delayMs: 300 });
    const started = performance.now();
    expect(await send(token, text(openid))).toMatchObject({ errcode: 0 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
  });
});

describe('fake WeChat temporary media upload', () => {
  const upload = async (type: string, file: Blob | null, bearer = token) => {
    const form = new FormData();
    if (file) form.append('media', file, 'photo.png');
    const response = await fetch(`${fake.url}/cgi-bin/media/upload?access_token=${bearer}&type=${type}`, {
      method: 'POST',
      body: form,
    });
    return (await response.json()) as Record<string, unknown>;
  };
  const png = (bytes: number) => new Blob([new Uint8Array(bytes)], { type: 'image/png' });

  it('answers a media id for an image and records the upload', async () => {
    const answer = await upload('image', png(10));
    expect(answer).toMatchObject({ type: 'image', created_at: Math.floor(clock / 1000) });
    expect(fake.state.uploads.at(-1)).toMatchObject({
      appId: APP.appId,
      mediaId: answer.media_id,
      contentType: 'image/png',
      filename: 'photo.png',
      bytes: 10,
    });
  });

  it('refuses what WeChat refuses: a bad token, a wrong type, no file, a non-image, over 2 MB', async () => {
    const count = fake.state.uploads.length;
    expect(await upload('image', png(10), 'nope')).toMatchObject({ errcode: 40014 });
    expect(await upload('video', png(10))).toMatchObject({ errcode: 40004 });
    expect(await upload('image', null)).toMatchObject({ errcode: 41005 });
    expect(await upload('image', new Blob(['<html>'], { type: 'text/html' }))).toMatchObject({
      errcode: 40005,
    });
    expect(await upload('image', png(2 * 1024 * 1024 + 1))).toMatchObject({ errcode: 40006 });
    expect(fake.state.uploads).toHaveLength(count);
  });
});
