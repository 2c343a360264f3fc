import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessTokenStore } from '@/server/channels/wechat/api/access-token-store';
import { callWeChatApi } from '@/server/channels/wechat/api/call-wechat-api';
import { WeChatApiError } from '@/server/channels/wechat/api/wechat-api-error';
import type { WeChatApp } from '@/server/channels/wechat/api/wechat-app';
import {
  startFakeWeChatServer,
  type FakeWeChatServer,
} from '@/server/channels/wechat/fake/fake-wechat-server';
import { openDatabase, type DbHandle } from '@/server/db/client';
import type { RawSql } from '@/server/db/raw-sql';
import { createTestServices, type TestServices } from '../helpers/test-services';

const SEND = '/cgi-bin/message/custom/send';
let services: TestServices;
let fake: FakeWeChatServer;
/** A second connection pool to the same database, standing in for another process (postgres). */
let other: DbHandle | null = null;
let otherRaw: RawSql;
let clock = Date.UTC(2026, 2, 1, 8);
let apps = 0;

beforeAll(async () => {
  services = await createTestServices();
  fake = await startFakeWeChatServer({ now: () => clock });
  // An embedded PGlite has one connection per process: there the second "process" shares it.
  if (services.config.databaseUrl) {
    other = await openDatabase({ kind: 'postgres', url: services.config.databaseUrl, max: 5 });
    otherRaw = other.raw;
  } else {
    otherRaw = services.dbHandle.raw;
  }
});
afterAll(async () => {
  await fake?.close();
  await other?.close();
  await services?.cleanup();
});

/** A fresh app registered at the fake (each test starts with no stored token). */
function newApp(): WeChatApp {
  const app = { appId: `wx-app-${++apps}`, appSecret: `secret-${apps}`, apiBase: fake.url };
  fake.state.registerApp(app.appId, app.appSecret);
  return app;
}

/** A process's store: its own cache, on the main database handle or the other one. */
const newStore = (raw: RawSql = services.dbHandle.raw) =>
  new AccessTokenStore({ raw, secrets: services.secrets, now: () => clock, timeoutMs: 2000 });

async function storedRow(app: WeChatApp) {
  const [row] = await services.dbHandle.raw.query<{
    token_encrypted: string;
    secret_hash: string;
    generation: number;
  }>('select token_encrypted, secret_hash, generation from wechat_access_tokens where app_id = $1', [
    app.appId,
  ]);
  return row;
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );
const text = (touser: string) => ({ touser, msgtype: 'text', text: { content: `hello ${touser}` } });

describe('AccessTokenStore', () => {
  it('fetches one token for 20 concurrent callers in two processes', async () => {
    const app = newApp();
    fake.state.failNext('/cgi-bin/token', { delayMs: 100 });
    const tokens = await Promise.all(
      Array.from({ length: 20 }, (_, i) => newStore(i % 2 ? otherRaw : services.dbHandle.raw).getToken(app)),
    );
    expect(fake.state.tokenCalls(app.appId)).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect((await storedRow(app))?.generation).toBe(1);
  });

  it('lets every other query run while a token is being fetched', async () => {
    const app = newApp();
    fake.state.failNext('/cgi-bin/token', { delayMs: 500 });
    const order: string[] = [];
    const token = newStore()
      .getToken(app)
      .then(() => order.push('token'));
    // Wait until the store is at WeChat (the fake has the request), then query the database.
    await expect.poll(() => fake.state.tokenCalls(app.appId)).toBe(1);
    await services.dbHandle.raw
      .query('select count(*) from wechat_access_tokens')
      .then(() => order.push('query'));
    await token;
    expect(order).toEqual(['query', 'token']);
  });

  it('refreshes early, within 5 minutes of expiry, and other processes pick the new token up', async () => {
    const app = newApp();
    const store = newStore();
    const first = await store.getToken(app);
    clock += (7200 - 301) * 1000;
    expect(await store.getToken(app)).toBe(first);
    expect(fake.state.tokenCalls(app.appId)).toBe(1);
    clock += 2000;
    const second = await store.getToken(app);
    expect(second).not.toBe(first);
    expect(fake.state.tokenCalls(app.appId)).toBe(2);
    expect((await storedRow(app))?.generation).toBe(2);
    expect(await newStore(otherRaw).getToken(app)).toBe(second);
    expect(fake.state.tokenCalls(app.appId)).toBe(2);
  });

  it('stores the token encrypted and only a keyed fingerprint of the secret', async () => {
    const app = newApp();
    const token = await newStore().getToken(app);
    const row = await storedRow(app);
    expect(row?.token_encrypted).not.toContain(token);
    expect(row?.token_encrypted.startsWith('v1.')).toBe(true);
    expect(services.secrets.decrypt(row!.token_encrypted)).toBe(token);
    expect(row?.secret_hash).not.toContain(app.appSecret);
  });

  it('keeps the stored token when the token endpoint fails', async () => {
    const app = newApp();
    const token = await newStore().getToken(app);
    const before = await storedRow(app);
    fake.state.failNext('/cgi-bin/token', { errcode: -1, errmsg: 'system error' });
    const error = await caught(newStore().getToken({ ...app, forceRefreshOf: token }));
    expect(error).toBeInstanceOf(WeChatApiError);
    expect(error).toMatchObject({ errcode: -1, errmsg: 'system error', kind: 'api' });
    fake.state.failNext('/cgi-bin/token', { status: 503 });
    expect(await caught(newStore().getToken({ ...app, forceRefreshOf: token }))).toMatchObject({
      kind: 'http',
    });
    expect(await storedRow(app)).toEqual(before);
    expect(await newStore(otherRaw).getToken(app)).toBe(token);
    expect(fake.state.tokenCalls(app.appId)).toBe(3);
  });

  it('reports a timeout as WeChatApiError and keeps the stored token', async () => {
    const app = newApp();
    const token = await newStore().getToken(app);
    const before = await storedRow(app);
    fake.state.failNext('/cgi-bin/token', { delayMs: 1500 });
    const store = new AccessTokenStore({
      raw: services.dbHandle.raw,
      secrets: services.secrets,
      now: () => clock,
      timeoutMs: 200,
    });
    expect(await caught(store.getToken({ ...app, forceRefreshOf: token }))).toMatchObject({
      kind: 'timeout',
      errcode: -1,
    });
    expect(await storedRow(app)).toEqual(before);
  });

  it('does not hand the stored token to a caller with a wrong secret', async () => {
    const app = newApp();
    const token = await newStore().getToken(app);
    const before = await storedRow(app);
    const error = await caught(newStore().getToken({ ...app, appSecret: 'guessed' }));
    expect(error).toMatchObject({ errcode: 40125, kind: 'api' });
    expect(await storedRow(app)).toEqual(before);
    expect(await newStore().getToken(app)).toBe(token);
  });
});

describe('callWeChatApi with the shared store', () => {
  it('refreshes once and retries once after 40001; another process then reuses the new token', async () => {
    const app = newApp();
    const store = newStore();
    const otherStore = newStore(otherRaw);
    const first = await store.getToken(app);
    expect(await otherStore.getToken(app)).toBe(first);
    // Someone else asks WeChat for a token: the stored one stops working (grace 0 here).
    await fetch(
      `${fake.url}/cgi-bin/token?grant_type=client_credential&appid=${app.appId}&secret=${app.appSecret}`,
    );
    fake.state.interact(app.appId, 'alice', 'message');
    expect(await callWeChatApi({ store, app, path: SEND, body: text('alice') })).toMatchObject({
      errcode: 0,
    });
    expect(fake.state.tokenCalls(app.appId)).toBe(3);
    expect(fake.state.sent.filter((m) => m.appId === app.appId).map((m) => m.touser)).toEqual(['alice']);
    // The other process still caches the dead token: its 40001 finds the replacement in the table.
    expect(await callWeChatApi({ store: otherStore, app, path: SEND, body: text('alice') })).toMatchObject({
      errcode: 0,
    });
    expect(fake.state.tokenCalls(app.appId)).toBe(3);
    expect((await storedRow(app))?.generation).toBe(2);
  });

  it('throws WeChatApiError after a second consecutive 40001 instead of looping', async () => {
    const app = newApp();
    const store = newStore();
    await store.getToken(app);
    fake.state.interact(app.appId, 'bob', 'message');
    fake.state.failNext(SEND, { errcode: 40001, errmsg: 'invalid credential' });
    fake.state.failNext(SEND, { errcode: 40001, errmsg: 'invalid credential' });
    const error = await caught(callWeChatApi({ store, app, path: SEND, body: text('bob') }));
    expect(error).toBeInstanceOf(WeChatApiError);
    expect(error).toMatchObject({ errcode: 40001, path: SEND });
    expect(fake.state.tokenCalls(app.appId)).toBe(2);
    expect(fake.state.sent.filter((m) => m.appId === app.appId)).toHaveLength(0);
  });
});
