import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations, messages } from '@/server/db/schema';
import { createServices } from '@/server/services';
import { openDatabase } from '@/server/db/client';
import { createTestServices, testDbKind, type TestServices } from '../helpers/test-services';
import { createRuntimeFixture, flowDoc, text, texts, type RuntimeFixture } from './runtime-fixture';

let services: TestServices;
let fx: RuntimeFixture;

const echoFlow = flowDoc(
  [
    { id: 'kw-price', type: 'keyword-trigger', data: { keywords: ['price'], match: 'exact' } },
    { id: 'send-price', type: 'send-message', data: { messages: [text('It costs 42.')] } },
    { id: 'fallback', type: 'fallback', data: {} },
    { id: 'send-echo', type: 'send-message', data: { messages: [text('echo: {{ input }}')] } },
  ],
  [
    ['kw-price', 'out', 'send-price'],
    ['fallback', 'out', 'send-echo'],
  ],
);

beforeAll(async () => {
  services = await createTestServices();
  fx = await createRuntimeFixture(services);
  await fx.publish('echo', echoFlow);
});
afterAll(async () => {
  await services?.cleanup();
});

const send = (externalId: string, value: string, channelMessageId?: string) =>
  fx.say(externalId, value, channelMessageId ? { channelMessageId } : {});

describe('runtime: one message', () => {
  it('answers a keyword and records the inbound message and its replies in the transcript', async () => {
    const outcome = await send('alice', 'price');
    expect(texts(outcome.replies)).toEqual(['It costs 42.']);
    expect(outcome.duplicate).toBe(false);
    const rows = await services.db
      .select({
        id: messages.id,
        direction: messages.direction,
        inReplyTo: messages.inReplyTo,
        payload: messages.payload,
      })
      .from(messages)
      .where(eq(messages.conversationId, outcome.conversationId!))
      .orderBy(asc(messages.id));
    expect(rows.map((r) => r.direction)).toEqual(['in', 'out']);
    expect(rows[1]!.inReplyTo).toBe(rows[0]!.id);
    expect(rows[0]!.payload).toEqual({ type: 'text', text: 'price' });
  });

  it('processes 50 concurrent messages of one contact one after another, none lost or interleaved', async () => {
    const inputs = Array.from({ length: 50 }, (_, i) => `m${i}`);
    const outcomes = await Promise.all(inputs.map((value) => send('bob', value)));
    for (const [i, outcome] of outcomes.entries())
      expect(texts(outcome.replies)).toEqual([`echo: ${inputs[i]}`]);
    const conversationId = outcomes[0]!.conversationId!;
    expect(new Set(outcomes.map((o) => o.conversationId))).toEqual(new Set([conversationId]));
    const rows = await services.db
      .select({
        id: messages.id,
        direction: messages.direction,
        inReplyTo: messages.inReplyTo,
        payload: messages.payload,
      })
      .from(messages)
      .where(eq(messages.conversationId, conversationId))
      .orderBy(asc(messages.id));
    expect(rows).toHaveLength(100);
    const seen: string[] = [];
    for (let i = 0; i < rows.length; i += 2) {
      const inbound = rows[i]!;
      const reply = rows[i + 1]!;
      expect(inbound.direction).toBe('in');
      expect(reply.direction).toBe('out');
      expect(reply.inReplyTo).toBe(inbound.id);
      const value = (inbound.payload as { text: string }).text;
      expect(reply.payload).toEqual({ kind: 'text', text: `echo: ${value}` });
      seen.push(value);
    }
    expect(seen.sort()).toEqual([...inputs].sort());
    const [conversation] = await services.db
      .select({ turn: conversations.turn })
      .from(conversations)
      .where(eq(conversations.id, conversationId));
    expect(conversation!.turn).toBe(50);
  });

  it('serialises one contact across two runtime processes sharing the database', async () => {
    // On a server, the second runtime has its own connections, as another process would.
    const handle =
      testDbKind() === 'postgres'
        ? await openDatabase({ kind: 'postgres', url: services.config.databaseUrl!, max: 5 })
        : services.dbHandle;
    const second = await createServices({ config: services.config, dbHandle: handle, migrate: false });
    try {
      const inputs = Array.from({ length: 40 }, (_, i) => `x${i}`);
      const outcomes = await Promise.all(
        inputs.map((value, i) =>
          (i % 2 === 0 ? services : second).runtime.handleInbound({
            channel: fx.channel,
            externalId: 'dan',
            event: { type: 'text', text: value },
          }),
        ),
      );
      for (const [i, outcome] of outcomes.entries())
        expect(texts(outcome.replies)).toEqual([`echo: ${inputs[i]}`]);
      const [conversation] = await services.db
        .select({ turn: conversations.turn })
        .from(conversations)
        .where(eq(conversations.id, outcomes[0]!.conversationId!));
      expect(conversation!.turn).toBe(40);
      const turns = outcomes.map((o) => o.inboundId!).sort((a, b) => a - b);
      expect(new Set(turns).size).toBe(40);
    } finally {
      await second.jobs.stop();
      if (handle !== services.dbHandle) await handle.close();
    }
  });

  it('re-reads a conversation changed behind its back (by another process) instead of trusting memory', async () => {
    const first = await send('zoe', 'price');
    await services.db
      .update(conversations)
      .set({ turn: sql`${conversations.turn} + 5` })
      .where(eq(conversations.id, first.conversationId!));
    const next = await send('zoe', 'again');
    expect(texts(next.replies)).toEqual(['echo: again']);
    const [row] = await services.db
      .select({ turn: conversations.turn })
      .from(conversations)
      .where(eq(conversations.id, first.conversationId!));
    expect(row!.turn).toBe(7);
    await services.db
      .update(conversations)
      .set({ status: 'ended' })
      .where(eq(conversations.id, first.conversationId!));
    const fresh = await send('zoe', 'price');
    expect(fresh.conversationId).not.toBe(first.conversationId);
  });

  it('processes a message id once: three concurrent deliveries get the same replies', async () => {
    const outcomes = await Promise.all([1, 2, 3].map(() => send('carol', 'price', 'wx-msg-1')));
    expect(outcomes.filter((o) => !o.duplicate)).toHaveLength(1);
    for (const outcome of outcomes) {
      expect(texts(outcome.replies)).toEqual(['It costs 42.']);
      expect(outcome.replies.map((r) => r.id)).toEqual(outcomes[0]!.replies.map((r) => r.id));
      expect(outcome.inboundId).toBe(outcomes[0]!.inboundId);
    }
    const rows = await services.db
      .select({ id: messages.id })
      .from(messages)
      .where(eq(messages.conversationId, outcomes[0]!.conversationId!));
    expect(rows).toHaveLength(2);
    const later = await send('carol', 'price', 'wx-msg-1');
    expect(later.duplicate).toBe(true);
    expect(texts(later.replies)).toEqual(['It costs 42.']);
  });
});
