import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GetTokenRequest } from '@/server/channels/wechat/api/access-token-store';
import { callWeChatApi } from '@/server/channels/wechat/api/call-wechat-api';
import { fetchAccessToken } from '@/server/channels/wechat/api/fetch-access-token';
import { fetchWeChatJson } from '@/server/channels/wechat/api/fetch-wechat-json';
import { WeChatApiError } from '@/server/channels/wechat/api/wechat-api-error';
import {
  startFakeWeChatServer,
  type FakeWeChatServer,
} from '@/server/channels/wechat/fake/fake-wechat-server';

const SEND = '/cgi-bin/message/custom/send';
let fake: FakeWeChatServer;
let app: { appId: string; appSecret: string; apiBase: string };

beforeAll(async () => {
  fake = await startFakeWeChatServer({ apps: [{ appId: 'wx-call', secret: 's3cret' }] });
  app = { appId: 'wx-call', appSecret: 's3cret', apiBase: fake.url };
});
afterAll(() => fake?.close());

/** A store that fetches straight from the fake and records what it was asked. */
function stubStore() {
  const requests: GetTokenRequest[] = [];
  let current: string | null = null;
  return {
    requests,
    fetch: ((input, init) => fetch(input, init)) as typeof fetch,
    timeoutMs: 2000,
    getToken: async (request: GetTokenRequest) => {
      requests.push(request);
      if (current === null || request.forceRefreshOf === current)
        current = (await fetchAccessToken({ app: request, fetch, timeoutMs: 2000 })).token;
      return current;
    },
  };
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('callWeChatApi', () => {
  it('posts the body with the token and returns the JSON', async () => {
    fake.state.interact('wx-call', 'u1', 'message');
    const store = stubStore();
    const body = { touser: 'u1', msgtype: 'text', text: { content: 'hello' } };
    expect(await callWeChatApi({ store, app, path: SEND, body })).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(fake.state.sent.at(-1)?.body).toEqual(body);
    expect(store.requests).toHaveLength(1);
  });

  it.each([40001, 42001, 40014])('refreshes once and retries once on %i', async (errcode) => {
    fake.state.interact('wx-call', 'u2', 'message');
    const store = stubStore();
    const first = await store.getToken(app);
    fake.state.failNext(SEND, { errcode });
    const sentBefore = fake.state.sent.length;
    await callWeChatApi({
      store,
      app,
      path: SEND,
      body: { touser: 'u2', msgtype: 'text', text: { content: 'x' } },
    });
    expect(store.requests.at(-1)).toMatchObject({ forceRefreshOf: first });
    expect(fake.state.sent.length).toBe(sentBefore + 1);
  });

  it('gives up after a second token rejection, without looping', async () => {
    const store = stubStore();
    fake.state.failNext(SEND, { errcode: 40001 });
    fake.state.failNext(SEND, { errcode: 40001 });
    const error = await caught(callWeChatApi({ store, app, path: SEND, body: {} }));
    expect(error).toBeInstanceOf(WeChatApiError);
    expect(error).toMatchObject({ errcode: 40001, kind: 'api', path: SEND });
    expect(store.requests).toHaveLength(2);
  });

  it('does not retry other errcodes', async () => {
    const store = stubStore();
    const error = await caught(
      callWeChatApi({
        store,
        app,
        path: SEND,
        body: { touser: 'nobody', msgtype: 'text', text: { content: 'x' } },
      }),
    );
    expect(error).toMatchObject({ errcode: 45015, kind: 'api' });
    expect(store.requests).toHaveLength(1);
  });
});

describe('fetchWeChatJson', () => {
  const url = () => `${fake.url}${SEND}?access_token=none`;

  it('reports a timeout, an HTTP status and a non-JSON answer as transport failures', async () => {
    fake.state.failNext(SEND, { delayMs: 500 });
    expect(
      await caught(fetchWeChatJson({ fetch, url: url(), path: SEND, body: {}, timeoutMs: 100 })),
    ).toMatchObject({ kind: 'timeout', errcode: -1 });
    fake.state.failNext(SEND, { status: 502 });
    expect(
      await caught(fetchWeChatJson({ fetch, url: url(), path: SEND, body: {}, timeoutMs: 2000 })),
    ).toMatchObject({ kind: 'http', errmsg: 'HTTP 502' });
    const html = (async () => new Response('<html>', { status: 200 })) as typeof fetch;
    expect(
      await caught(fetchWeChatJson({ fetch: html, url: url(), path: SEND, timeoutMs: 2000 })),
    ).toMatchObject({
      kind: 'invalid-response',
    });
  });

  it('reports a refused connection as a network failure and never puts the URL in the error', async () => {
    const closed = await startFakeWeChatServer();
    await closed.close();
    const error = await caught(
      fetchWeChatJson({
        fetch,
        url: `${closed.url}/cgi-bin/token?secret=TOPSECRET`,
        path: '/cgi-bin/token',
        timeoutMs: 2000,
      }),
    );
    expect(error).toMatchObject({ kind: 'network', errcode: -1 });
    expect(String((error as Error).message)).not.toContain('TOPSECRET');
  });
});
