import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawQueryable } from '@/server/db/raw-sql';
import { accounts, contacts, conversations, memberships, messages, outbox } from '@/server/db/schema';
import type { FaultPoint } from '@/server/runtime/turn-types';
import { createTestServices, testDbKind, type TestServices } from '../helpers/test-services';
import { callerFor, signUpUser } from '../helpers/actors';
import { createRuntimeFixture, flowDoc, text, texts, type RuntimeFixture } from './runtime-fixture';

let services: TestServices;
let fx: RuntimeFixture;
const clock = { offsetMs: 0 };
let fault: ((point: FaultPoint, tx: RawQueryable) => Promise<void>) | null = null;

const signupFlow = (thanks: string) =>
  flowDoc(
    [
      { id: 'kw-signup', type: 'keyword-trigger', data: { keywords: ['signup'], match: 'exact' } },
      {
        id: 'ask-email',
        type: 'ask',
        data: {
          prompt: [text('What is your email?')],
          variable: 'email',
          validation: { kind: 'email' },
          retryMessage: 'That is not an email address.',
        },
      },
      { id: 'send-thanks', type: 'send-message', data: { messages: [text(`${thanks} {{ email }}`)] } },
      { id: 'kw-human', type: 'keyword-trigger', data: { keywords: ['human'], match: 'exact' } },
      { id: 'handoff', type: 'handoff', data: { messages: [text('A colleague will answer you.')] } },
      { id: 'send-back', type: 'send-message', data: { messages: [text('The bot is back.')] } },
      { id: 'fallback', type: 'fallback', data: {} },
      { id: 'send-fallback', type: 'send-message', data: { messages: [text('Sorry?')] } },
    ],
    [
      ['kw-signup', 'out', 'ask-email'],
      ['ask-email', 'answer', 'send-thanks'],
      ['kw-human', 'out', 'handoff'],
      ['handoff', 'released', 'send-back'],
      ['fallback', 'out', 'send-fallback'],
    ],
    [{ name: 'email' }],
  );

beforeAll(async () => {
  services = await createTestServices(
    {},
    {
      runtime: {
        now: () => new Date(Date.now() + clock.offsetMs),
        fault: (point, tx) => fault?.(point, tx),
      },
    },
  );
  fx = await createRuntimeFixture(services);
  await fx.publish('signup', signupFlow('Thanks,'));
});
afterAll(async () => {
  await services?.cleanup();
});

const send = (externalId: string, value: string, channelMessageId?: string) =>
  fx.say(externalId, value, channelMessageId ? { channelMessageId } : {});

async function countRows(contactExternalId: string) {
  const [contact] = await services.db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.channelId, fx.channel.id), eq(contacts.externalId, contactExternalId)));
  if (!contact) return { contact: 0, messages: 0, conversations: 0 };
  const m = await services.db
    .select({ id: messages.id })
    .from(messages)
    .where(eq(messages.contactId, contact.id));
  const c = await services.db
    .select({ id: conversations.id })
    .from(conversations)
    .where(eq(conversations.contactId, contact.id));
  return { contact: 1, messages: m.length, conversations: c.length };
}

describe('runtime: conversations over time', () => {
  it('runs an ask with validation and a retry to completion', async () => {
    expect(texts((await send('dora', 'signup')).replies)).toEqual(['What is your email?']);
    expect(texts((await send('dora', 'nope')).replies)).toEqual(['That is not an email address.']);
    expect(texts((await send('dora', 'dora@example.com')).replies)).toEqual(['Thanks, dora@example.com']);
  });

  for (const point of ['after-lock', 'after-step', 'before-commit'] as const) {
    it(`leaves nothing behind when the transaction dies (${point}), and the retry then succeeds`, async () => {
      const who = `crash-${point}`;
      fault = async (at, tx) => {
        if (at !== point) return;
        // On the server, the server itself kills the running statement (and with it the transaction).
        if (testDbKind() === 'postgres')
          await tx.query('select pg_cancel_backend(pg_backend_pid()), pg_sleep(5)');
        throw new Error('injected crash');
      };
      await expect(send(who, 'signup', `${who}-1`)).rejects.toThrow();
      fault = null;
      expect(await countRows(who)).toEqual({ contact: 0, messages: 0, conversations: 0 });
      const retry = await send(who, 'signup', `${who}-1`);
      expect(retry.duplicate).toBe(false);
      expect(texts(retry.replies)).toEqual(['What is your email?']);
      expect(await countRows(who)).toEqual({ contact: 1, messages: 2, conversations: 1 });
    });
  }

  it('expires an idle conversation after the account session timeout: the next message starts fresh', async () => {
    expect(texts((await send('eve', 'signup')).replies)).toEqual(['What is your email?']);
    clock.offsetMs = 31 * 60_000;
    try {
      const late = await send('eve', 'eve@example.com');
      // Not taken as the answer to the old question: a new conversation, where it hits the fallback.
      expect(texts(late.replies)).toEqual(['Sorry?']);
      const rows = await services.db
        .select({ id: conversations.id, status: conversations.status })
        .from(conversations)
        .innerJoin(contacts, eq(contacts.id, conversations.contactId))
        .where(eq(contacts.externalId, 'eve'))
        .orderBy(asc(conversations.startedAt));
      expect(rows.map((r) => r.status)).toEqual(['expired', 'active']);
      expect(rows[1]!.id).toBe(late.conversationId);
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('honours a per-account timeout', async () => {
    await services.db
      .update(accounts)
      .set({ sessionTimeoutMinutes: 120 })
      .where(eq(accounts.id, fx.accountId));
    try {
      await send('fred', 'signup');
      clock.offsetMs = 31 * 60_000;
      expect(texts((await send('fred', 'fred@example.com')).replies)).toEqual(['Thanks, fred@example.com']);
    } finally {
      clock.offsetMs = 0;
      await services.db
        .update(accounts)
        .set({ sessionTimeoutMinutes: 30 })
        .where(eq(accounts.id, fx.accountId));
    }
  });

  it('keeps a conversation on the version it started with; new conversations get the new version', async () => {
    await send('gina', 'signup');
    await fx.publish('signup', signupFlow('Merci,'));
    try {
      expect(texts((await send('gina', 'gina@example.com')).replies)).toEqual(['Thanks, gina@example.com']);
      await send('hank', 'signup');
      expect(texts((await send('hank', 'hank@example.com')).replies)).toEqual(['Merci, hank@example.com']);
    } finally {
      await fx.publish('signup', signupFlow('Thanks,'));
    }
  });

  it('hands off to a human: messages are kept but not answered until an operator releases', async () => {
    const owner = await signUpUser(services, { email: 'handoff-owner@example.com' });
    const api = callerFor(services, owner);
    const handoff = await send('ivy', 'human');
    expect(texts(handoff.replies)).toEqual(['A colleague will answer you.']);
    expect(handoff.handoff).toBe(true);
    const during = await send('ivy', 'hello? anyone?');
    expect(during.replies).toEqual([]);
    expect(during.handoff).toBe(true);
    expect(during.inboundId).not.toBeNull();
    // The operator must belong to the workspace.
    await expect(
      api.conversation.release({ workspaceId: fx.workspaceId, conversationId: handoff.conversationId! }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { workspaceId: otherWs } = { workspaceId: (await api.workspace.create({ name: 'Other' })).id };
    await expect(
      api.conversation.release({ workspaceId: otherWs, conversationId: handoff.conversationId! }),
    ).rejects.toMatchObject({ appCode: 'CONVERSATION_NOT_FOUND' });
    await services.db
      .insert(memberships)
      .values({ workspaceId: fx.workspaceId, userId: owner.id, role: 'editor' });
    const released = await api.conversation.release({
      workspaceId: fx.workspaceId,
      conversationId: handoff.conversationId!,
    });
    expect(released.replies).toEqual([{ kind: 'text', text: 'The bot is back.' }]);
    await expect(
      api.conversation.release({ workspaceId: fx.workspaceId, conversationId: handoff.conversationId! }),
    ).rejects.toMatchObject({ appCode: 'NOT_IN_HANDOFF' });
    expect(texts((await send('ivy', 'signup')).replies)).toEqual(['What is your email?']);
    const again = await services.runtime.handleEvent({
      conversationId: handoff.conversationId!,
      accountId: fx.accountId,
      event: { type: 'handoff-released' },
    });
    expect(again.applied).toBe(false);
  });
});

describe('runtime: HTTP-request nodes', () => {
  let server: http.Server;
  let hits = 0;
  let port = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ order: { status: 'shipped' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.address() as AddressInfo).port;
    await fx.publish(
      'orders',
      flowDoc(
        [
          { id: 'kw-order', type: 'keyword-trigger', data: { keywords: ['order'], match: 'exact' } },
          {
            id: 'call',
            type: 'http-request',
            data: {
              url: `http://127.0.0.1:${port}/orders/1`,
              responseMappings: [{ variable: 'status', path: 'order.status' }],
            },
          },
          { id: 'send-ok', type: 'send-message', data: { messages: [text('Your order is {{ status }}.')] } },
          { id: 'send-error', type: 'send-message', data: { messages: [text('Order lookup failed.')] } },
        ],
        [
          ['kw-order', 'out', 'call'],
          ['call', 'success', 'send-ok'],
          ['call', 'error', 'send-error'],
        ],
        [{ name: 'status' }],
      ),
    );
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('refuses a loopback address unless the account allowlists it (SSRF)', async () => {
    const refused = await fx.say('jack', 'order', { awaitContinuations: true });
    expect(texts(refused.replies)).toEqual(['Order lookup failed.']);
    expect(hits).toBe(0);
    const [call] = await services.db
      .select({ status: outbox.status, lastError: outbox.lastError })
      .from(outbox)
      .where(eq(outbox.conversationId, refused.conversationId!));
    expect(call!.status).toBe('done');
    expect(call!.lastError).toMatch(/127\.0\.0\.1/);

    await services.db
      .update(accounts)
      .set({ settings: { httpAllowlist: ['127.0.0.1'] } })
      .where(eq(accounts.id, fx.accountId));
    try {
      const allowed = await fx.say('kate', 'order', { awaitContinuations: true });
      expect(texts(allowed.replies)).toEqual(['Your order is shipped.']);
      expect(hits).toBe(1);
    } finally {
      await services.db.update(accounts).set({ settings: {} }).where(eq(accounts.id, fx.accountId));
    }
  });

  it('replays the replies that followed an HTTP call to a retried message', async () => {
    await services.db
      .update(accounts)
      .set({ settings: { httpAllowlist: ['127.0.0.1'] } })
      .where(eq(accounts.id, fx.accountId));
    try {
      const once = () =>
        fx.say('kurt', 'order', { channelMessageId: 'order-msg-1', awaitContinuations: true });
      const first = await once();
      const retry = await once();
      expect(texts(first.replies)).toEqual(['Your order is shipped.']);
      expect(retry.duplicate).toBe(true);
      expect(texts(retry.replies)).toEqual(['Your order is shipped.']);
    } finally {
      await services.db.update(accounts).set({ settings: {} }).where(eq(accounts.id, fx.accountId));
    }
  });

  it('closes an HTTP call whose result arrives after the conversation moved on', async () => {
    const asked = await send('lena', 'signup');
    const [row] = await services.db
      .insert(outbox)
      .values({
        workspaceId: fx.workspaceId,
        conversationId: asked.conversationId,
        kind: 'http',
        payload: {},
      })
      .returning({ id: outbox.id });
    const result = await services.runtime.handleEvent({
      conversationId: asked.conversationId!,
      accountId: fx.accountId,
      event: { type: 'http-result', requestId: 'call:99', status: 200 },
      outboxId: String(row!.id),
    });
    expect(result.applied).toBe(false);
    const [after] = await services.db
      .select({ status: outbox.status })
      .from(outbox)
      .where(eq(outbox.id, row!.id));
    expect(after!.status).toBe('done');
  });

  it('runs the call outside the contact lock: the contact can write meanwhile', async () => {
    await services.db
      .update(accounts)
      .set({ settings: { httpAllowlist: ['127.0.0.1'] } })
      .where(eq(accounts.id, fx.accountId));
    try {
      const first = await fx.say('liam', 'order');
      // Without waiting for continuations the reply arrives later, in the transcript.
      expect(first.replies).toEqual([]);
      await services.runtime.idle();
      const rows = await services.db
        .select({ payload: messages.payload })
        .from(messages)
        .where(and(eq(messages.conversationId, first.conversationId!), eq(messages.direction, 'out')));
      expect(rows.map((r) => r.payload)).toEqual([{ kind: 'text', text: 'Your order is shipped.' }]);
    } finally {
      await services.db.update(accounts).set({ settings: {} }).where(eq(accounts.id, fx.accountId));
    }
  });
});
