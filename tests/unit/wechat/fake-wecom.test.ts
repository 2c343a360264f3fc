import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startFakeWeChatServer,
  type FakeWeChatServer,
} from '@/server/channels/wechat/fake/fake-wechat-server';

const CORP = 'ww-corp-1';
const SALES = { corpId: CORP, agentId: '1000002', secret: 'sales-secret' };
const HELP = { corpId: CORP, agentId: '1000003', secret: 'help-secret' };
const SEND = '/cgi-bin/message/send';
let fake: FakeWeChatServer;
let clock = Date.UTC(2026, 3, 1);

beforeAll(async () => {
  fake = await startFakeWeChatServer({ wecomApps: [SALES, HELP], now: () => clock });
});
afterAll(() => fake?.close());

type Json = Record<string, unknown>;

async function getToken(query: Record<string, string>, method = 'GET'): Promise<Json> {
  const response = await fetch(`${fake.url}/cgi-bin/gettoken?${new URLSearchParams(query)}`, { method });
  return (await response.json()) as Json;
}

async function tokenOf(app: { corpId: string; secret: string }): Promise<string> {
  const answer = await getToken({ corpid: app.corpId, corpsecret: app.secret });
  expect(answer).toMatchObject({ errcode: 0, errmsg: 'ok', expires_in: 7200 });
  expect(typeof answer.access_token).toBe('string');
  return answer.access_token as string;
}

async function post(path: string, token: string, body: unknown): Promise<Json> {
  const response = await fetch(`${fake.url}${path}?access_token=${token}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return (await response.json()) as Json;
}

const send = (token: string, body: unknown) => post(SEND, token, body);
const message = (msgtype: string, payload: unknown, extra: Json = {}) => ({
  touser: 'alice',
  msgtype,
  agentid: Number(SALES.agentId),
  [msgtype]: payload,
  ...extra,
});
const article = (i: number) => ({ title: `t${i}`, description: 'd', url: 'https://e.com', picurl: '' });

describe('fake WeCom gettoken', () => {
  it('issues one token per app, identified by corpid and that app secret, and counts calls per app', async () => {
    const before = fake.state.tokenCalls(`${CORP}/${SALES.agentId}`);
    const sales = await tokenOf(SALES);
    const help = await tokenOf(HELP);
    expect(sales).not.toBe(help);
    expect(fake.state.tokenCalls(`${CORP}/${SALES.agentId}`)).toBe(before + 1);
    // A new token for one app leaves the other app's token working.
    await tokenOf(HELP);
    expect(await send(sales, message('text', { content: 'hi' }))).toMatchObject({ errcode: 0 });
  });

  it('rejects an unknown corpid (40013), a wrong secret (40001), missing parameters and POST', async () => {
    expect(await getToken({ corpid: 'ww-nobody', corpsecret: SALES.secret })).toMatchObject({
      errcode: 40013,
    });
    expect(await getToken({ corpid: CORP, corpsecret: 'wrong' })).toMatchObject({ errcode: 40001 });
    expect(await getToken({ corpsecret: SALES.secret })).toMatchObject({ errcode: 41002 });
    expect(await getToken({ corpid: CORP })).toMatchObject({ errcode: 41004 });
    expect(await getToken({ corpid: CORP, corpsecret: SALES.secret }, 'POST')).toMatchObject({
      errcode: 43001,
    });
    // The Official Account endpoint does not know WeCom apps.
    const mp = new URLSearchParams({ grant_type: 'client_credential', appid: CORP, secret: SALES.secret });
    expect(await (await fetch(`${fake.url}/cgi-bin/token?${mp}`)).json()).toMatchObject({ errcode: 40013 });
  });

  it('replaces the app token on each call (40014 for the old one) and expires tokens (42001)', async () => {
    const old = await tokenOf(SALES);
    const current = await tokenOf(SALES);
    expect(await send(old, message('text', { content: 'x' }))).toMatchObject({ errcode: 40014 });
    expect(await send(current, message('text', { content: 'x' }))).toMatchObject({ errcode: 0 });
    clock += 7200 * 1000;
    expect(await send(current, message('text', { content: 'x' }))).toMatchObject({ errcode: 42001 });
  });

  it('keeps WeCom and Official Account tokens apart', async () => {
    fake.state.registerApp('wx-mp', 'mp-secret');
    const mpQuery = new URLSearchParams({
      grant_type: 'client_credential',
      appid: 'wx-mp',
      secret: 'mp-secret',
    });
    const mp = ((await (await fetch(`${fake.url}/cgi-bin/token?${mpQuery}`)).json()) as Json).access_token;
    fake.state.interact('wx-mp', 'alice', 'message');
    expect(await send(String(mp), message('text', { content: 'x' }))).toMatchObject({ errcode: 40014 });
    const wecom = await tokenOf(SALES);
    const custom = { touser: 'alice', msgtype: 'text', text: { content: 'x' } };
    expect(await post('/cgi-bin/message/custom/send', wecom, custom)).toMatchObject({ errcode: 40001 });
  });
});

describe('fake WeCom message/send', () => {
  it('accepts every supported message type, without a window, and records it per app', async () => {
    const token = await tokenOf(SALES);
    const bodies = [
      message('text', { content: '好'.repeat(682) + 'ab' }),
      message('markdown', { content: '**bold**' }),
      message('image', { media_id: 'm1' }),
      message('voice', { media_id: 'm2' }),
      message('file', { media_id: 'm3' }),
      message('video', { media_id: 'm4', title: 'v' }),
      message('news', { articles: Array.from({ length: 8 }, (_, i) => article(i)) }),
      message('textcard', { title: 't', description: 'd', url: 'https://e.com', btntxt: 'More' }),
      message('miniprogram_notice', { appid: 'wx-mini', page: 'pages/index', title: 'Notice' }),
      { ...message('text', { content: 'string agentid' }), agentid: SALES.agentId },
    ];
    const before = fake.state.sent.length;
    for (const body of bodies)
      expect(await send(token, body)).toEqual({ errcode: 0, errmsg: 'ok', invaliduser: '' });
    const recorded = fake.state.sent.slice(before);
    expect(recorded.map((m) => m.msgtype)).toEqual(bodies.map((b) => b.msgtype));
    expect(recorded[0]).toMatchObject({
      appId: `${CORP}/${SALES.agentId}`,
      agentId: SALES.agentId,
      touser: 'alice',
      body: bodies[0],
    });
  });

  it('refuses an agentid other than the token app (301002) and a missing one (40056)', async () => {
    const token = await tokenOf(SALES);
    const before = fake.state.sent.length;
    const help = message('text', { content: 'x' }, { agentid: Number(HELP.agentId) });
    expect(await send(token, help)).toMatchObject({ errcode: 301002 });
    expect(await send(token, message('text', { content: 'x' }, { agentid: undefined }))).toMatchObject({
      errcode: 40056,
    });
    expect(fake.state.sent.length).toBe(before);
  });

  it('validates payloads like WeCom', async () => {
    const token = await tokenOf(SALES);
    const before = fake.state.sent.length;
    const cases: [unknown, number][] = [
      [message('text', { content: '好'.repeat(683) }), 45002],
      [message('markdown', { content: 'a'.repeat(2049) }), 45002],
      [message('text', {}), 47001],
      [message('image', {}), 40007],
      [message('video', { title: 'no media' }), 40007],
      [message('news', { articles: Array.from({ length: 9 }, (_, i) => article(i)) }), 45008],
      [message('news', { articles: [] }), 47001],
      [message('textcard', { title: 't', description: 'd' }), 47001],
      [message('miniprogram_notice', { title: 'no appid' }), 47001],
      [message('hologram', {}), 40008],
      [{ ...message('text', { content: 'x' }), touser: '' }, 81013],
      ['{not json', 47001],
      ['', 44002],
    ];
    for (const [body, errcode] of cases) expect(await send(token, body)).toMatchObject({ errcode });
    expect(fake.state.sent.length).toBe(before);
  });

  it('checks touser against registered users (81013; partial failures in invaliduser)', async () => {
    fake.state.registerWeComApp('ww-corp-2', '1000009', 'corp2-secret');
    fake.state.registerWeComUser('ww-corp-2', 'bob');
    fake.state.registerWeComUser('ww-corp-2', 'carol');
    const token = await tokenOf({ corpId: 'ww-corp-2', secret: 'corp2-secret' });
    const to = (touser: string) => ({ touser, msgtype: 'text', agentid: 1000009, text: { content: 'x' } });
    expect(await send(token, to('zed'))).toEqual({
      errcode: 81013,
      errmsg: 'user & party & tag all invalid',
    });
    expect(await send(token, to('bob|zed|carol'))).toEqual({ errcode: 0, errmsg: 'ok', invaliduser: 'zed' });
    expect(fake.state.sent.at(-1)).toMatchObject({ appId: 'ww-corp-2/1000009', touser: 'bob|carol' });
    expect(await send(token, to('@all'))).toMatchObject({ errcode: 0, invaliduser: '' });
    // A corp without registered users accepts anyone.
    expect(
      await send(await tokenOf(SALES), message('text', { content: 'x' }, { touser: 'zed' })),
    ).toMatchObject({
      errcode: 0,
    });
  });

  it('re-keying an app retires its previous secret', async () => {
    fake.state.registerWeComApp(CORP, '1000004', 'old-secret');
    fake.state.registerWeComApp(CORP, '1000004', 'new-secret');
    expect(await getToken({ corpid: CORP, corpsecret: 'old-secret' })).toMatchObject({ errcode: 40001 });
    expect(await getToken({ corpid: CORP, corpsecret: 'new-secret' })).toMatchObject({ errcode: 0 });
  });

  it('fails the next request to the WeCom paths on demand', async () => {
    const token = await tokenOf(SALES);
    fake.state.failNext(SEND, { errcode: 45009, errmsg: 'api freq out of limit' });
    expect(await send(token, message('text', { content: 'x' }))).toEqual({
      errcode: 45009,
      errmsg: 'api freq out of limit',
    });
    expect(await send(token, message('text', { content: 'x' }))).toMatchObject({ errcode: 0 });
    fake.state.failNext('/cgi-bin/gettoken', { status: 503 });
    const query = new URLSearchParams({ corpid: CORP, corpsecret: SALES.secret });
    expect((await fetch(`${fake.url}/cgi-bin/gettoken?${query}`)).status).toBe(503);
  });
});
