import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callWeChatApi } from '@/server/channels/wechat/api/call-wechat-api';
import { fetchAccessToken } from '@/server/channels/wechat/api/fetch-access-token';
import { WeChatApiError } from '@/server/channels/wechat/api/wechat-api-error';
import type { WeChatApp } from '@/server/channels/wechat/api/wechat-app';
import { wechatAppKey } from '@/server/channels/wechat/api/wechat-app-key';
import {
  startFakeWeChatServer,
  type FakeWeChatServer,
} from '@/server/channels/wechat/fake/fake-wechat-server';

const SECRET = 'wecom-TOPSECRET';
let fake: FakeWeChatServer;
let app: WeChatApp;
const urls: string[] = [];
const recording: typeof fetch = (input, init) => {
  urls.push(String(input));
  return fetch(input, init);
};

beforeAll(async () => {
  fake = await startFakeWeChatServer({
    wecomApps: [{ corpId: 'ww-unit', agentId: '1000002', secret: SECRET }],
  });
  app = { appId: 'ww-unit', appSecret: SECRET, apiBase: fake.url, wecomAgentId: '1000002' };
});
afterAll(() => fake?.close());

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('WeCom apps in the API client', () => {
  it('keys a WeCom app by corp and agent, an Official Account by its AppID', () => {
    expect(wechatAppKey(app)).toBe('ww-unit/1000002');
    expect(wechatAppKey({ appId: 'wx123' })).toBe('wx123');
  });

  it('fetches the token from /cgi-bin/gettoken with corpid and corpsecret', async () => {
    urls.length = 0;
    const fetched = await fetchAccessToken({ app, fetch: recording, timeoutMs: 2000 });
    expect(fetched.expiresInSeconds).toBe(7200);
    const url = new URL(urls[0]!);
    expect(url.pathname).toBe('/cgi-bin/gettoken');
    expect(Object.fromEntries(url.searchParams)).toEqual({ corpid: 'ww-unit', corpsecret: SECRET });
    expect(fake.state.tokenCalls('ww-unit/1000002')).toBe(1);
  });

  it('reports a rejected secret without the secret or the query in the error', async () => {
    const error = await caught(
      fetchAccessToken({ app: { ...app, appSecret: `${SECRET}-wrong` }, fetch, timeoutMs: 2000 }),
    );
    expect(error).toBeInstanceOf(WeChatApiError);
    expect(error).toMatchObject({ errcode: 40001, kind: 'api', path: '/cgi-bin/gettoken' });
    expect((error as Error).message).not.toContain(SECRET);
    fake.state.failNext('/cgi-bin/gettoken', { status: 500 });
    const http = await caught(fetchAccessToken({ app, fetch, timeoutMs: 2000 }));
    expect(http).toMatchObject({ kind: 'http', path: '/cgi-bin/gettoken' });
    expect((http as Error).message).not.toContain(SECRET);
  });

  it('sends through /cgi-bin/message/send and refreshes once on 40014', async () => {
    let current: string | null = null;
    const store = {
      fetch,
      timeoutMs: 2000,
      getToken: async (request: WeChatApp & { forceRefreshOf?: string }) => {
        if (current === null || request.forceRefreshOf === current)
          current = (await fetchAccessToken({ app: request, fetch, timeoutMs: 2000 })).token;
        return current;
      },
    };
    await store.getToken(app);
    // Someone else fetched a token for this app: ours is replaced.
    await fetchAccessToken({ app, fetch, timeoutMs: 2000 });
    const body = { touser: 'alice', msgtype: 'text', agentid: 1000002, text: { content: 'hi' } };
    expect(await callWeChatApi({ store, app, path: '/cgi-bin/message/send', body })).toEqual({
      errcode: 0,
      errmsg: 'ok',
      invaliduser: '',
    });
    expect(fake.state.sent.at(-1)).toMatchObject({ appId: 'ww-unit/1000002', body });
  });
});
