import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WeChatMpSetup } from '@/core/channels/wechat-setup-schema';
import type { SessionUser } from '@/server/api/trpc';
import { channels, flows, messages } from '@/server/db/schema';
import { publishFlow } from '@/server/flows/publish-flow';
import { startServer, type RunningServer } from '@/server/http/start-server';
import { addMember, callerFor, signUpUser } from '../helpers/actors';
import { errorOf } from '../helpers/error-of';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { flowDoc, text } from '../runtime/runtime-fixture';
import { createWeChatPushClient } from './wechat-push-client';

const MP = {
  appId: 'wx0123456789abcdef',
  appSecret: 'appSecretValue0123456789abcdefWXYZ',
  token: 'setupToken1',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};
const WECOM = {
  corpId: 'ww0123456789abcdef',
  agentId: '1000002',
  secret: 'wecomSecretValue_0123456789abcdefghijkLMNO',
  token: 'wecomSetup1',
  encodingAesKey: 'GFEDCBA9876543210zyxwvutsrqponmlkjihgfedcba',
};

let services: TestServices;
let server: RunningServer;
let owner: SessionUser;
let editor: SessionUser;
let outsider: SessionUser;
let workspaceId: string;
let otherWorkspaceId: string;
let accountId: string;

beforeAll(async () => {
  services = await createTestServices();
  owner = await signUpUser(services, { email: 'setup-owner@example.com' });
  editor = await signUpUser(services, { email: 'setup-editor@example.com' });
  outsider = await signUpUser(services, { email: 'setup-outsider@example.com' });
  workspaceId = (await callerFor(services, owner).workspace.create({ name: 'Setup' })).id;
  otherWorkspaceId = (await callerFor(services, outsider).workspace.create({ name: 'Other' })).id;
  await addMember(services, { owner, workspaceId, user: editor, role: 'editor' });
  accountId = (
    await callerFor(services, owner).account.create({ workspaceId, name: 'Official', type: 'wechat_mp' })
  ).id;
  const [flow] = await services.db
    .insert(flows)
    .values({
      workspaceId,
      name: 'Hi',
      draft: flowDoc(
        [
          { id: 'kw', type: 'keyword-trigger', data: { keywords: ['hi'], match: 'exact' } },
          { id: 'send', type: 'send-message', data: { messages: [text('Hello there')] } },
        ],
        [['kw', 'out', 'send']],
      ),
    })
    .returning({ id: flows.id });
  await publishFlow({ services, workspaceId, flowId: flow!.id, accountIds: [accountId] });
  server = await startServer({ services, port: 0, host: '127.0.0.1', runtimeOnly: true, dev: false });
});
afterAll(async () => {
  await server?.close();
  await services?.cleanup();
});

const countChannels = async () => (await services.db.select({ n: count() }).from(channels))[0]!.n;
const api = (user: SessionUser = owner) => callerFor(services, user);
const createMp = (wechat: Partial<WeChatMpSetup>, user: SessionUser = owner) =>
  api(user).channel.create({
    workspaceId,
    accountId,
    type: 'wechat_mp',
    name: 'Official Account',
    wechat: { ...MP, mode: 'safe', ...wechat },
  });
const listed = async (channelId: string) =>
  (await api().channel.list({ workspaceId, accountId })).find((c) => c.id === channelId)!;

describe('channel.create for WeChat', () => {
  it('creates Official Account and WeCom channels for owners, never listing their secrets', async () => {
    const mp = await createMp({});
    const wecom = await api().channel.create({
      workspaceId,
      accountId,
      type: 'wecom',
      name: 'WeCom',
      wecom: WECOM,
    });
    expect(mp.secret).toBeNull();
    const list = await api().channel.list({ workspaceId, accountId });
    const text = JSON.stringify(list);
    for (const secret of [
      MP.appSecret,
      MP.token,
      MP.encodingAesKey,
      WECOM.secret,
      WECOM.token,
      WECOM.encodingAesKey,
    ])
      expect(text).not.toContain(secret);
    expect(list.find((c) => c.id === mp.channelId)).toMatchObject({
      type: 'wechat_mp',
      hasSecret: true,
      verifiedAt: null,
      config: {
        appId: MP.appId,
        mode: 'safe',
        hasAppSecret: true,
        appSecretHint: MP.appSecret.slice(-4),
        aesKeyHint: MP.encodingAesKey.slice(-4),
      },
    });
    expect(list.find((c) => c.id === wecom.channelId)).toMatchObject({
      type: 'wecom',
      config: {
        corpId: WECOM.corpId,
        agentId: WECOM.agentId,
        hasAppSecret: true,
        appSecretHint: WECOM.secret.slice(-4),
      },
    });
    // What is stored encrypted is what was entered.
    const [row] = await services.db
      .select({ secrets: channels.secretsEncrypted })
      .from(channels)
      .where(eq(channels.id, mp.channelId));
    expect(services.secrets.decryptJson(row!.secrets!)).toEqual({
      token: MP.token,
      encodingAesKey: MP.encodingAesKey,
      appSecret: MP.appSecret,
    });
  });

  it('refuses editors, invalid settings and safe mode without an AES key, writing nothing', async () => {
    const before = await countChannels();
    const refused = await errorOf(createMp({}, editor));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.appCode).toBe('ROLE_REQUIRED');
    for (const bad of [
      { token: 'a!' },
      { encodingAesKey: 'tooShort0123456789' },
      { appId: 'wx123' },
      { encodingAesKey: undefined },
    ]) {
      const error = await errorOf(createMp(bad));
      expect(error.code, JSON.stringify(bad)).toBe('BAD_REQUEST');
    }
    const noKey = await errorOf(
      api().channel.create({
        workspaceId,
        accountId,
        type: 'wecom',
        name: 'WeCom',
        wecom: { ...WECOM, encodingAesKey: '' },
      }),
    );
    expect(noKey.code).toBe('BAD_REQUEST');
    // An API base the administrator did not allow (the server must not call internal addresses).
    const internal = await errorOf(createMp({ apiBase: 'http://169.254.169.254/latest' }));
    expect(internal.appCode).toBe('CHANNEL_SETTINGS_INVALID');
    expect(internal.details).toMatchObject({ field: 'apiBase', problem: 'wechat.apiBaseNotAllowed' });
    // WeChat settings on a web chat channel are not silently dropped.
    const stray = await errorOf(
      api().channel.create({
        workspaceId,
        accountId,
        type: 'webchat',
        name: 'Chat',
        wechat: { ...MP, mode: 'safe' },
      }),
    );
    expect(stray.appCode).toBe('CHANNEL_SETTINGS_INVALID');
    expect(await countChannels()).toBe(before);
  });

  it('accepts an API base the administrator allowed', async () => {
    services.config.wechatApiBases.push('https://wxrelay.example.com');
    const created = await createMp({ apiBase: 'https://wxrelay.example.com/' });
    expect((await listed(created.channelId)).config).toMatchObject({
      apiBase: 'https://wxrelay.example.com',
    });
    // A WeCom setting on an Official Account channel is refused, not dropped.
    const foreign = await errorOf(
      api().channel.updateWeChat({
        workspaceId,
        channelId: created.channelId,
        settings: { corpId: 'ww0123456789abcdef' },
      }),
    );
    expect(foreign.details).toMatchObject({ field: 'corpId', problem: 'wechat.settingForeign' });
  });
});

describe('channel.updateWeChat', () => {
  it('asks for the URL check again after a token change, and refuses safe mode without a key', async () => {
    const created = await createMp({ mode: 'plain', encodingAesKey: undefined });
    const client = (token: string) =>
      createWeChatPushClient({
        serverUrl: server.url,
        path: 'wechat',
        channelKey: created.publicKey,
        token,
        receiveId: MP.appId,
      });
    const check = await client(MP.token).verifyUrl('echo-1');
    expect(await check.text()).toBe('echo-1');
    expect((await listed(created.channelId)).verifiedAt).toBeInstanceOf(Date);

    // A new AppSecret keeps the check.
    const secretOnly = await api().channel.updateWeChat({
      workspaceId,
      channelId: created.channelId,
      settings: { appSecret: 'anotherSecretValue0123456789' },
    });
    expect(secretOnly.reverify).toBe(false);
    expect((await listed(created.channelId)).verifiedAt).toBeInstanceOf(Date);

    const changed = await api().channel.updateWeChat({
      workspaceId,
      channelId: created.channelId,
      settings: { token: 'brandNewToken9' },
    });
    expect(changed.reverify).toBe(true);
    expect((await listed(created.channelId)).verifiedAt).toBeNull();
    expect((await client(MP.token).verifyUrl('echo-2')).status).toBe(401);
    expect(await (await client('brandNewToken9').verifyUrl('echo-3')).text()).toBe('echo-3');

    const before = await listed(created.channelId);
    const safe = await errorOf(
      api().channel.updateWeChat({ workspaceId, channelId: created.channelId, settings: { mode: 'safe' } }),
    );
    expect(safe.code).toBe('BAD_REQUEST');
    expect(safe.appCode).toBe('CHANNEL_SETTINGS_INVALID');
    expect(await listed(created.channelId)).toEqual(before);

    const byEditor = await errorOf(
      api(editor).channel.updateWeChat({
        workspaceId,
        channelId: created.channelId,
        settings: { token: 'xyz123' },
      }),
    );
    expect(byEditor.appCode).toBe('ROLE_REQUIRED');
  });
});

describe('delivery routes', () => {
  it('retries only dead or blocked messages of the channel, and hides other workspaces’ channels', async () => {
    const mp = await createMp({ mode: 'plain', encodingAesKey: undefined, token: 'plainToken42' });
    const other = await createMp({ appId: 'wx1111222233334444' });
    const client = createWeChatPushClient({
      serverUrl: server.url,
      path: 'wechat',
      channelKey: mp.publicKey,
      token: 'plainToken42',
      receiveId: MP.appId,
    });
    const answer = await client.push(client.text('oSetup', 'hi'));
    expect(answer.reply).toMatchObject({ Content: 'Hello there' });
    await services.runtime.idle();
    const [sent] = await services.db
      .select({ id: messages.id, status: messages.deliveryStatus, via: messages.deliveredVia })
      .from(messages)
      .where(and(eq(messages.channelId, mp.channelId), eq(messages.direction, 'out')));
    expect(sent).toMatchObject({ status: 'sent', via: 'passive' });

    const notRetryable = await errorOf(
      api(editor).delivery.retry({ workspaceId, channelId: mp.channelId, messageIds: [sent!.id] }),
    );
    expect(notRetryable.code).toBe('BAD_REQUEST');
    expect(notRetryable.appCode).toBe('NOT_RETRYABLE');
    const elsewhere = await errorOf(
      api(editor).delivery.retry({ workspaceId, channelId: other.channelId, messageIds: [sent!.id] }),
    );
    expect(elsewhere.code).toBe('NOT_FOUND');
    expect(elsewhere.appCode).toBe('MESSAGE_NOT_FOUND');
    const [after] = await services.db
      .select({ status: messages.deliveryStatus })
      .from(messages)
      .where(eq(messages.id, sent!.id));
    expect(after!.status).toBe('sent');

    const stranger = callerFor(services, outsider);
    const asStranger = { workspaceId: otherWorkspaceId, channelId: mp.channelId };
    // One call at a time: a refused call started early would be an unhandled rejection.
    for (const call of [
      () => stranger.delivery.list(asStranger),
      () => stranger.delivery.unhandled(asStranger),
      () => stranger.delivery.retry({ ...asStranger, messageIds: [sent!.id] }),
      () => stranger.channel.updateWeChat({ ...asStranger, settings: { token: 'takeover1' } }),
    ]) {
      const error = await errorOf(call());
      expect(error.code).toBe('NOT_FOUND');
      expect(error.appCode).toBe('CHANNEL_NOT_FOUND');
    }
    const [row] = await services.db
      .select({ secrets: channels.secretsEncrypted })
      .from(channels)
      .where(eq(channels.id, mp.channelId));
    expect(services.secrets.decryptJson(row!.secrets!)).toMatchObject({ token: 'plainToken42' });
  });
});
