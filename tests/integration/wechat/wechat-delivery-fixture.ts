import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, asc, eq } from 'drizzle-orm';
import { messageSchema } from '@/core';
import { accounts, contacts, flows, messages, outbox } from '@/server/db/schema';
import {
  startFakeWeChatServer,
  type FakeWeChatServer,
} from '@/server/channels/wechat/fake/fake-wechat-server';
import { publishFlow } from '@/server/flows/publish-flow';
import { startServer, type RunningServer } from '@/server/http/start-server';
import { callerFor, signUpUser } from '../helpers/actors';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { flowDoc, text } from '../runtime/runtime-fixture';
import { createWeChatPushClient, type WeChatPushClient } from './wechat-push-client';

export const MP = {
  appId: 'wx1a2b3c4d5e6f7a8b',
  appSecret: 'mpAppSecret0123456789abcdef01234',
  token: 'deliveryToken1',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};
export const NO_SECRET_APP_ID = 'wx9f8e7d6c5b4a3f2e';
export const WECOM = {
  corpId: 'ww0a1b2c3d4e5f6a7b',
  agentId: '1000002',
  secret: 'wecomSecret_0123456789abcdefghijklmnopqrstu',
  token: 'wecomToken1',
  encodingAesKey: 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut',
};
/** Over 2048 UTF-8 bytes (4800): three chunks. */
export const LONG_TEXT = `${'微信'.repeat(790)}-end-of-text`;
export const SEVEN = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
export const WELCOME = ['w1', 'w2', 'w3', 'w4', 'w5'];

export interface WeChatDeliveryFixture {
  services: TestServices;
  fake: FakeWeChatServer;
  api: ReturnType<typeof callerFor>;
  workspaceId: string;
  channels: { mp: string; noSecret: string; wecom: string };
  clients: { mp: WeChatPushClient; noSecret: WeChatPushClient; wecom: WeChatPushClient };
  /** Paths of every request the runtime made to the WeChat API, in order. */
  apiCalls: string[];
  /** Paths of the images the runtime downloaded from the test HTTP server, in order. */
  imageRequests: string[];
  /** What the fake WeChat accepted for one user, in order. */
  sentTo(openid: string): FakeWeChatServer['state']['sent'];
  /** Delays the next turn's write by `ms` (inside its transaction), as a slow turn would. */
  slowNextTurn(ms: number): void;
  /** The outbound messages of a channel's contact, in order. */
  outbound(channelId: string, externalId: string): Promise<OutboundRow[]>;
  /** The `deliver` outbox rows of a conversation, in order. */
  deliveries(conversationId: string): Promise<{ id: string; status: string; attempts: number }[]>;
  close(): Promise<void>;
}

export interface OutboundRow {
  id: number;
  text: string;
  conversationId: string;
  contactId: string;
  status: string;
  via: string | null;
  apiSends: number;
  error: string | null;
}

/**
 * A workspace with an Official Account channel (safe mode, AppSecret), one without an AppSecret and a
 * WeCom app, all created through `channel.create` with the fake WeChat server as API base; a published
 * flow; the lean server taking pushes; and an HTTP endpoint for HTTP-request nodes.
 */
export async function createWeChatDeliveryFixture(): Promise<WeChatDeliveryFixture> {
  const apiCalls: string[] = [];
  let slowNext = 0;
  const services = await createTestServices(
    {},
    {
      runtime: {
        wechatFetch: (input, init) => {
          apiCalls.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
          return fetch(input, init);
        },
        fault: async (point) => {
          if (point !== 'after-step' || slowNext === 0) return;
          const ms = slowNext;
          slowNext = 0;
          await new Promise((resolve) => setTimeout(resolve, ms));
        },
      },
    },
  );
  const fake = await startFakeWeChatServer();
  fake.state.registerApp(MP.appId, MP.appSecret);
  fake.state.registerWeComApp(WECOM.corpId, WECOM.agentId, WECOM.secret);
  const orders = http.createServer((req, res) => {
    const image = IMAGES[req.url ?? ''];
    if (image) {
      imageRequests.push(req.url ?? '');
      res.writeHead(image.status, { 'content-type': image.type });
      res.end(image.body);
      return;
    }
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ order: { status: 'shipped' } }));
    }, 150);
  });
  await new Promise<void>((resolve) => orders.listen(0, '127.0.0.1', resolve));
  const ordersUrl = `http://127.0.0.1:${(orders.address() as AddressInfo).port}/orders/1`;
  const imageRequests: string[] = [];

  const owner = await signUpUser(services, { email: 'wechat-owner@example.com' });
  const api = callerFor(services, owner);
  const { id: workspaceId } = await api.workspace.create({ name: 'WeChat delivery' });
  const mpAccount = await api.account.create({ workspaceId, name: 'Official', type: 'wechat_mp' });
  const wecomAccount = await api.account.create({ workspaceId, name: 'Corp', type: 'wecom' });
  for (const id of [mpAccount.id, wecomAccount.id])
    await services.db
      .update(accounts)
      .set({ settings: { httpAllowlist: ['127.0.0.1'] } })
      .where(eq(accounts.id, id));
  // The administrator allows the fake as an API base (REPLYFLOW_WECHAT_API_BASES).
  services.config.wechatApiBases.push(fake.url);
  const apiBase = fake.url;
  const mp = await api.channel.create({
    workspaceId,
    accountId: mpAccount.id,
    type: 'wechat_mp',
    name: 'Official Account',
    wechat: { ...MP, mode: 'safe', apiBase },
  });
  const noSecret = await api.channel.create({
    workspaceId,
    accountId: mpAccount.id,
    type: 'wechat_mp',
    name: 'No AppSecret',
    wechat: {
      appId: NO_SECRET_APP_ID,
      token: MP.token,
      encodingAesKey: MP.encodingAesKey,
      mode: 'safe',
      apiBase,
    },
  });
  const wecom = await api.channel.create({
    workspaceId,
    accountId: wecomAccount.id,
    type: 'wecom',
    name: 'WeCom app',
    wecom: { ...WECOM, apiBase },
  });

  const [flow] = await services.db
    .insert(flows)
    .values({ workspaceId, name: 'Replies', draft: deliveryFlow(ordersUrl, new URL(ordersUrl).origin) })
    .returning({ id: flows.id });
  await publishFlow({ services, workspaceId, flowId: flow!.id, accountIds: [mpAccount.id, wecomAccount.id] });
  const server: RunningServer = await startServer({
    services,
    port: 0,
    host: '127.0.0.1',
    runtimeOnly: true,
    dev: false,
  });
  const mpClient = (channelKey: string, receiveId: string) =>
    createWeChatPushClient({
      serverUrl: server.url,
      path: 'wechat',
      channelKey,
      token: MP.token,
      encodingAesKey: MP.encodingAesKey,
      receiveId,
    });

  return {
    services,
    fake,
    api,
    workspaceId,
    channels: { mp: mp.channelId, noSecret: noSecret.channelId, wecom: wecom.channelId },
    clients: {
      mp: mpClient(mp.publicKey, MP.appId),
      noSecret: mpClient(noSecret.publicKey, NO_SECRET_APP_ID),
      wecom: createWeChatPushClient({
        serverUrl: server.url,
        path: 'wecom',
        channelKey: wecom.publicKey,
        token: WECOM.token,
        encodingAesKey: WECOM.encodingAesKey,
        receiveId: WECOM.corpId,
        agentId: WECOM.agentId,
      }),
    },
    apiCalls,
    imageRequests,
    sentTo: (openid) => fake.state.sent.filter((m) => m.touser === openid),
    slowNextTurn: (ms) => {
      slowNext = ms;
    },
    outbound: async (channelId, externalId) => {
      const rows = await services.db
        .select({
          id: messages.id,
          payload: messages.payload,
          conversationId: messages.conversationId,
          contactId: messages.contactId,
          status: messages.deliveryStatus,
          via: messages.deliveredVia,
          apiSends: messages.apiSends,
          error: messages.deliveryError,
        })
        .from(messages)
        .innerJoin(contacts, eq(contacts.id, messages.contactId))
        .where(
          and(
            eq(messages.channelId, channelId),
            eq(contacts.externalId, externalId),
            eq(messages.direction, 'out'),
          ),
        )
        .orderBy(asc(messages.id));
      return rows.map(({ payload, ...row }) => {
        const message = messageSchema.parse(payload);
        return { ...row, text: message.kind === 'text' ? message.text : `[${message.kind}]` };
      });
    },
    deliveries: (conversationId) =>
      services.db
        .select({ id: outbox.id, status: outbox.status, attempts: outbox.attempts })
        .from(outbox)
        .where(and(eq(outbox.conversationId, conversationId), eq(outbox.kind, 'deliver')))
        .orderBy(asc(outbox.id))
        .then((rows) => rows.map((r) => ({ ...r, id: String(r.id) }))),
    close: async () => {
      await server.close();
      await new Promise<void>((resolve) => orders.close(() => resolve()));
      await services.runtime.idle();
      await fake.close();
      await services.cleanup();
    },
  };
}

/**
 * hello → 2 texts; long → one text over 2048 bytes; seven → 7 texts; a follow → 5 texts; order → HTTP
 * node, then a text.
 */
/** What the test HTTP server answers for images a flow gives by URL. */
const IMAGES: Record<string, { status: number; type: string; body: Buffer }> = {
  // A 1×1 PNG, labelled as object stores often do (the upload tells it by its bytes).
  '/img/cat.png': {
    status: 200,
    type: 'application/octet-stream',
    body: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  },
  '/img/page.png': { status: 200, type: 'text/html; charset=utf-8', body: Buffer.from('<html></html>') },
  '/img/gone.png': { status: 404, type: 'text/plain', body: Buffer.from('not found') },
};

function deliveryFlow(ordersUrl: string, origin: string) {
  return flowDoc(
    [
      { id: 'kw-hello', type: 'keyword-trigger', data: { keywords: ['hello'], match: 'exact' } },
      {
        id: 'send-hello',
        type: 'send-message',
        data: { messages: [text('你好！'), text('Second message')] },
      },
      { id: 'kw-long', type: 'keyword-trigger', data: { keywords: ['long'], match: 'exact' } },
      { id: 'send-long', type: 'send-message', data: { messages: [text(LONG_TEXT)] } },
      { id: 'kw-seven', type: 'keyword-trigger', data: { keywords: ['seven'], match: 'exact' } },
      { id: 'send-seven', type: 'send-message', data: { messages: SEVEN.map(text) } },
      { id: 'on-follow', type: 'event-trigger', data: { event: 'follow' } },
      { id: 'send-welcome', type: 'send-message', data: { messages: WELCOME.map(text) } },
      { id: 'kw-photo', type: 'keyword-trigger', data: { keywords: ['photo'], match: 'exact' } },
      {
        id: 'send-photo',
        type: 'send-message',
        data: {
          messages: [
            { kind: 'image', mediaId: '', url: `${origin}/img/cat.png` },
            { kind: 'image', mediaId: '', url: `${origin}/img/page.png` },
            { kind: 'image', mediaId: '', url: `${origin}/img/gone.png` },
            { kind: 'image', mediaId: '', url: 'http://169.254.169.254/latest/meta-data/x.png' },
            { kind: 'image', mediaId: '', url: `${origin}/img/cat.png` },
          ],
        },
      },
      { id: 'kw-order', type: 'keyword-trigger', data: { keywords: ['order'], match: 'exact' } },
      {
        id: 'call',
        type: 'http-request',
        data: { url: ordersUrl, responseMappings: [{ variable: 'status', path: 'order.status' }] },
      },
      { id: 'send-ok', type: 'send-message', data: { messages: [text('Your order is {{ status }}.')] } },
      { id: 'send-error', type: 'send-message', data: { messages: [text('Order lookup failed.')] } },
    ],
    [
      ['kw-hello', 'out', 'send-hello'],
      ['kw-long', 'out', 'send-long'],
      ['kw-seven', 'out', 'send-seven'],
      ['on-follow', 'out', 'send-welcome'],
      ['kw-photo', 'out', 'send-photo'],
      ['kw-order', 'out', 'call'],
      ['call', 'success', 'send-ok'],
      ['call', 'error', 'send-error'],
    ],
    [{ name: 'status' }],
  );
}
