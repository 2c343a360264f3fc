import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhookBody } from '@/server/channels/webhook/verify-webhook-signature';
import { accounts, channels, contacts, messages } from '@/server/db/schema';
import { verifyWebhookSignature } from '@/server/channels/webhook/verify-webhook-signature';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer, type RunningServer } from '@/server/http/start-server';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { createRuntimeFixture, flowDoc, text, type RuntimeFixture } from './runtime-fixture';

let services: TestServices;
let server: RunningServer;
let fx: RuntimeFixture;

beforeAll(async () => {
  services = await createTestServices({ maxBodyBytes: 4096 });
  fx = await createRuntimeFixture(services);
  await fx.publish(
    'hook',
    flowDoc(
      [
        { id: 'kw-hi', type: 'keyword-trigger', data: { keywords: ['hi'], match: 'exact' } },
        {
          id: 'send-hi',
          type: 'send-message',
          data: {
            messages: [
              text('Hello {{ contact.name | default: "there" }}!'),
              { kind: 'menu', head: 'Pick one:', options: [{ id: 'a', label: 'Option A' }], tail: '' },
            ],
          },
        },
        { id: 'kw-later', type: 'keyword-trigger', data: { keywords: ['later'], match: 'exact' } },
        { id: 'send-now', type: 'send-message', data: { messages: [text('Now.')] } },
        { id: 'delay', type: 'delay', data: { seconds: 1 } },
        { id: 'send-later', type: 'send-message', data: { messages: [text('Later.')] } },
        { id: 'ev-follow', type: 'event-trigger', data: { event: 'follow' } },
        { id: 'send-welcome', type: 'send-message', data: { messages: [text('Welcome aboard.')] } },
      ],
      [
        ['kw-hi', 'out', 'send-hi'],
        ['ev-follow', 'out', 'send-welcome'],
        ['kw-later', 'out', 'send-now'],
        ['send-now', 'out', 'delay'],
        ['delay', 'out', 'send-later'],
      ],
    ),
  );
  server = await startServer({ services, port: 0, host: '127.0.0.1', runtimeOnly: true, dev: false });
});
afterAll(async () => {
  await server?.close();
  await services?.cleanup();
});

interface PostOptions {
  body: string;
  key?: string;
  secret?: string;
  timestamp?: number;
  signature?: string | null;
  contentType?: string;
  method?: string;
}

function post(options: PostOptions) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature =
    options.signature === undefined
      ? signWebhookBody({ secret: options.secret ?? fx.channel.secret, timestamp, body: options.body })
      : options.signature;
  return fetch(`${server.url}/hooks/${options.key ?? fx.channel.publicKey}`, {
    method: options.method ?? 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'x-replyflow-timestamp': String(timestamp),
      ...(signature === null ? {} : { 'x-replyflow-signature': signature }),
    },
    ...(options.method === 'GET' ? {} : { body: options.body }),
  });
}

async function inboundCount(): Promise<number> {
  const rows = await services.db
    .select({ id: messages.id })
    .from(messages)
    .where(eq(messages.channelId, fx.channel.id));
  return rows.length;
}

describe('webhook channel', () => {
  it('answers a signed text message with the replies of the turn', async () => {
    const res = await post({ body: JSON.stringify({ senderId: 'u1', senderName: 'Ada', text: 'hi' }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ duplicate: false, handoff: false });
    expect(body.replies).toEqual([
      { kind: 'text', text: 'Hello Ada!' },
      { kind: 'menu', head: 'Pick one:', options: [{ id: 'a', label: 'Option A' }], tail: '' },
    ]);
    expect(typeof body.messageId).toBe('string');
  });

  it('accepts events, and answers a retried message id from the first processing', async () => {
    const body = JSON.stringify({ senderId: 'u2', messageId: 'evt-1', event: { type: 'follow' } });
    const first = (await (await post({ body })).json()) as { replies: unknown[]; duplicate: boolean };
    const again = (await (await post({ body })).json()) as { replies: unknown[]; duplicate: boolean };
    expect(first.replies).toEqual([{ kind: 'text', text: 'Welcome aboard.' }]);
    expect(again).toMatchObject({ duplicate: true, replies: first.replies });
  });

  it('scopes message ids to their sender: another sender reusing an id gets its own answer', async () => {
    const a = (await (
      await post({ body: JSON.stringify({ senderId: 'ua', messageId: 'm-1', text: 'hi' }) })
    ).json()) as { duplicate: boolean; conversationId: string; messageId: string };
    const b = (await (
      await post({ body: JSON.stringify({ senderId: 'ub', messageId: 'm-1', text: 'hi' }) })
    ).json()) as { duplicate: boolean; conversationId: string; messageId: string };
    expect(a.duplicate).toBe(false);
    expect(b.duplicate).toBe(false);
    expect(b.conversationId).not.toBe(a.conversationId);
    expect(b.messageId).toBe('m-1');
  });

  it('answers runtime API errors without server stack traces', async () => {
    const res = await fetch(`${server.url}/rt/trpc/webchat.open`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { channelKey: 'no-such-channel', token: null } }),
    });
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).toContain('CHANNEL_NOT_AVAILABLE');
    expect(text).not.toMatch(/stack|\.ts:\d+/);
  });

  const refusals: [string, () => Promise<Response>, number, RegExp][] = [
    ['malformed JSON', () => post({ body: '{"senderId": "u3", "text": ' }), 400, /malformed JSON/],
    [
      'a body that is not the contract',
      () => post({ body: JSON.stringify({ text: 'hi' }) }),
      400,
      /invalid request/,
    ],
    [
      'both text and event',
      () => post({ body: JSON.stringify({ senderId: 'u3', text: 'hi', event: { type: 'follow' } }) }),
      400,
      /invalid request/,
    ],
    [
      'an unsupported event',
      () => post({ body: JSON.stringify({ senderId: 'u3', event: { type: 'timer-fired', timerId: 'x' } }) }),
      422,
      /unsupported event/,
    ],
    [
      'an invalid event',
      () =>
        post({ body: JSON.stringify({ senderId: 'u3', event: { type: 'location', latitude: 'north' } }) }),
      400,
      /invalid event/,
    ],
    [
      'an unknown channel',
      () => post({ body: '{}', key: 'no-such-channel-key' }),
      404,
      /unknown or disabled/,
    ],
    [
      'a bad signature',
      () => post({ body: JSON.stringify({ senderId: 'u3', text: 'hi' }), secret: 'whsec_wrong' }),
      401,
      /signature does not match/,
    ],
    [
      'a missing signature',
      () => post({ body: JSON.stringify({ senderId: 'u3', text: 'hi' }), signature: null }),
      401,
      /signature header/,
    ],
    [
      'a stale timestamp (replay)',
      () =>
        post({
          body: JSON.stringify({ senderId: 'u3', text: 'hi' }),
          timestamp: Math.floor(Date.now() / 1000) - 3600,
        }),
      401,
      /timestamp/,
    ],
    [
      'an oversized body',
      () => post({ body: JSON.stringify({ senderId: 'u3', text: 'x'.repeat(5000) }) }),
      413,
      /too large/,
    ],
    [
      'a form body',
      () => post({ body: 'senderId=u3', contentType: 'application/x-www-form-urlencoded' }),
      415,
      /content type/,
    ],
    ['GET', () => post({ body: '', method: 'GET' }), 405, /method/],
  ];
  for (const [name, call, status, error] of refusals) {
    it(`refuses ${name} with ${status} and writes nothing`, async () => {
      const before = await inboundCount();
      const res = await call();
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: string; detail?: string };
      expect(`${body.error} ${body.detail ?? ''}`).toMatch(error);
      expect(await inboundCount()).toBe(before);
      const [u3] = await services.db
        .select({ id: contacts.id })
        .from(contacts)
        .where(eq(contacts.externalId, 'u3'));
      expect(u3).toBeUndefined();
    });
  }

  it('refuses a disabled channel', async () => {
    await services.db.update(channels).set({ enabled: false }).where(eq(channels.id, fx.channel.id));
    services.runtime.channels.invalidate();
    try {
      const res = await post({ body: JSON.stringify({ senderId: 'u4', text: 'hi' }) });
      expect(res.status).toBe(404);
    } finally {
      await services.db.update(channels).set({ enabled: true }).where(eq(channels.id, fx.channel.id));
      services.runtime.channels.invalidate();
    }
  });
});

describe('webhook channel: replies after the response', () => {
  it('delivers them to the callback URL, signed, when the delay ends', async () => {
    const received: { body: string; headers: http.IncomingHttpHeaders }[] = [];
    const callback = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ body, headers: req.headers });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/replies`;
    await services.db
      .update(channels)
      .set({ config: { callbackUrl: url } })
      .where(eq(channels.id, fx.channel.id));
    await services.db
      .update(accounts)
      .set({ settings: { httpAllowlist: ['127.0.0.1'] } })
      .where(eq(accounts.id, fx.accountId));
    services.runtime.channels.invalidate();
    await services.runtime.startWorkers({ pollingIntervalSeconds: 0.5 });
    try {
      const res = await post({ body: JSON.stringify({ senderId: 'u5', text: 'later' }) });
      const answer = (await res.json()) as { replies: unknown[]; conversationId: string };
      expect(answer.replies).toEqual([{ kind: 'text', text: 'Now.' }]);
      const end = Date.now() + 30_000;
      while (received.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
      expect(received).toHaveLength(1);
      const { body, headers } = received[0]!;
      expect(JSON.parse(body)).toEqual({
        type: 'replies',
        senderId: 'u5',
        conversationId: answer.conversationId,
        replies: [{ kind: 'text', text: 'Later.' }],
      });
      const check = verifyWebhookSignature({
        secret: fx.channel.secret,
        body: Buffer.from(body),
        timestamp: headers['x-replyflow-timestamp'] as string,
        signature: headers['x-replyflow-signature'] as string,
        nowSeconds: Math.floor(Date.now() / 1000),
      });
      expect(check).toEqual({ ok: true });
      const end2 = Date.now() + 10_000;
      let status = '';
      while (status !== 'sent' && Date.now() < end2) {
        const [row] = await services.db
          .select({ status: messages.deliveryStatus })
          .from(messages)
          .where(eq(messages.conversationId, answer.conversationId))
          .orderBy(desc(messages.id))
          .limit(1);
        status = row!.status;
        if (status !== 'sent') await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe('sent');
    } finally {
      await services.runtime.stopWorkers();
      await new Promise<void>((resolve) => callback.close(() => resolve()));
    }
  });
});
