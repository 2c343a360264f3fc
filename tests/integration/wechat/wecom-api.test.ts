import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessTokenStore } from '@/server/channels/wechat/api/access-token-store';
import { callWeChatApi } from '@/server/channels/wechat/api/call-wechat-api';
import { WeChatApiError } from '@/server/channels/wechat/api/wechat-api-error';
import type { WeChatApp } from '@/server/channels/wechat/api/wechat-app';
import {
  startFakeWeChatServer,
  type FakeWeChatServer,
} from '@/server/channels/wechat/fake/fake-wechat-server';
import { createTestServices, type TestServices } from '../helpers/test-services';

const SEND = '/cgi-bin/message/send';
let services: TestServices;
let fake: FakeWeChatServer;
const clock = Date.UTC(2026, 3, 1, 8);
let corps = 0;

beforeAll(async () => {
  services = await createTestServices();
  fake = await startFakeWeChatServer({ now: () => clock });
});
afterAll(async () => {
  await fake?.close();
  await services?.cleanup();
});

/** A fresh corp with two self-built apps registered at the fake (no stored tokens yet). */
function newCorp(): [WeChatApp, WeChatApp] {
  const corpId = `ww-corp-${++corps}`;
  const apps = (['1000002', '1000003'] as const).map((agentId) => {
    const app = {
      appId: corpId,
      appSecret: `secret-${corpId}-${agentId}`,
      apiBase: fake.url,
      wecomAgentId: agentId,
    };
    fake.state.registerWeComApp(corpId, agentId, app.appSecret);
    return app;
  });
  return [apps[0]!, apps[1]!];
}

const newStore = () =>
  new AccessTokenStore({
    raw: services.dbHandle.raw,
    secrets: services.secrets,
    now: () => clock,
    timeoutMs: 2000,
  });

/** The stored rows of a corp's apps (and of an Official Account whose AppID is the CorpID). */
async function rows(corpId: string) {
  return services.dbHandle.raw.query<{ app_id: string; token_encrypted: string; generation: number }>(
    `select app_id, token_encrypted, generation from wechat_access_tokens
      where app_id = $1 or app_id like $1 || '/%' order by app_id collate "C"`,
    [corpId],
  );
}

const calls = (app: WeChatApp) => fake.state.tokenCalls(`${app.appId}/${app.wecomAgentId}`);
const text = (app: WeChatApp, content = 'hello') => ({
  touser: 'alice',
  msgtype: 'text',
  agentid: Number(app.wecomAgentId),
  text: { content },
});
const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('AccessTokenStore with WeCom apps', () => {
  it('stores one token per app under corp/agent, and serves it from the table to other processes', async () => {
    const [sales] = newCorp();
    const token = await newStore().getToken(sales);
    expect(calls(sales)).toBe(1);
    const stored = await rows(sales.appId);
    expect(stored.map((r) => r.app_id)).toEqual([`${sales.appId}/1000002`]);
    expect(services.secrets.decrypt(stored[0]!.token_encrypted)).toBe(token);
    expect(await newStore().getToken(sales)).toBe(token);
    expect(calls(sales)).toBe(1);
  });

  it('gives two apps of one corp their own tokens; refreshing one leaves the other row alone', async () => {
    const [sales, help] = newCorp();
    const store = newStore();
    const salesToken = await store.getToken(sales);
    const helpToken = await store.getToken(help);
    expect(salesToken).not.toBe(helpToken);
    const before = await rows(sales.appId);
    expect(before.map((r) => [r.app_id, r.generation])).toEqual([
      [`${sales.appId}/1000002`, 1],
      [`${sales.appId}/1000003`, 1],
    ]);
    const refreshed = await newStore().getToken({ ...sales, forceRefreshOf: salesToken });
    expect(refreshed).not.toBe(salesToken);
    const after = await rows(sales.appId);
    expect(after[0]?.generation).toBe(2);
    expect(after[1]).toEqual(before[1]);
    expect(calls(help)).toBe(1);
    expect(await callWeChatApi({ store, app: help, path: SEND, body: text(help) })).toMatchObject({
      errcode: 0,
    });
    expect(calls(help)).toBe(1);
  });

  it('does not mix a WeCom app with an Official Account whose AppID equals the CorpID', async () => {
    const [sales] = newCorp();
    fake.state.registerApp(sales.appId, 'mp-secret');
    const mp: WeChatApp = { appId: sales.appId, appSecret: 'mp-secret', apiBase: fake.url };
    const store = newStore();
    const mpToken = await store.getToken(mp);
    const wecomToken = await store.getToken(sales);
    expect(mpToken).not.toBe(wecomToken);
    expect((await rows(sales.appId)).map((r) => r.app_id)).toEqual([sales.appId, `${sales.appId}/1000002`]);
  });

  it('reports a wrong secret as WeChatApiError 40001 without storing anything or leaking the secret', async () => {
    const [sales] = newCorp();
    const error = await caught(newStore().getToken({ ...sales, appSecret: 'guessed-secret' }));
    expect(error).toBeInstanceOf(WeChatApiError);
    expect(error).toMatchObject({ errcode: 40001, kind: 'api', path: '/cgi-bin/gettoken' });
    expect((error as Error).message).not.toContain('guessed-secret');
    expect(await rows(sales.appId)).toEqual([]);
  });
});

describe('callWeChatApi to WeCom message/send', () => {
  it('refreshes once and retries once after 40001, then sends with the new token', async () => {
    const [sales] = newCorp();
    const store = newStore();
    const first = await store.getToken(sales);
    fake.state.failNext(SEND, { errcode: 40001, errmsg: 'invalid credential' });
    expect(await callWeChatApi({ store, app: sales, path: SEND, body: text(sales, 'after 40001') })).toEqual({
      errcode: 0,
      errmsg: 'ok',
      invaliduser: '',
    });
    expect(calls(sales)).toBe(2);
    expect(await store.getToken(sales)).not.toBe(first);
    expect((await rows(sales.appId))[0]?.generation).toBe(2);
    const sent = fake.state.sent.filter((m) => m.appId === `${sales.appId}/1000002`);
    expect(sent.map((m) => m.body)).toEqual([text(sales, 'after 40001')]);
  });

  it('recovers from a token replaced elsewhere (40014) and gives up after a second rejection', async () => {
    const [sales] = newCorp();
    const store = newStore();
    await store.getToken(sales);
    // Another client fetched a token for this app: the stored one stops working (grace 0 here).
    await fetch(
      `${fake.url}/cgi-bin/gettoken?${new URLSearchParams({ corpid: sales.appId, corpsecret: sales.appSecret })}`,
    );
    expect(await callWeChatApi({ store, app: sales, path: SEND, body: text(sales) })).toMatchObject({
      errcode: 0,
    });
    expect(calls(sales)).toBe(3);
    fake.state.failNext(SEND, { errcode: 40014, errmsg: 'invalid access_token' });
    fake.state.failNext(SEND, { errcode: 40014, errmsg: 'invalid access_token' });
    const error = await caught(callWeChatApi({ store, app: sales, path: SEND, body: text(sales) }));
    expect(error).toMatchObject({ errcode: 40014, kind: 'api', path: SEND });
    expect(calls(sales)).toBe(4);
  });
});
