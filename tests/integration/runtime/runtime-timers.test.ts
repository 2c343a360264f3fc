import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '@/server/db/schema';
import { createServices, type Services } from '@/server/services';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { createRuntimeFixture, flowDoc, text, texts, type RuntimeFixture } from './runtime-fixture';

let first: TestServices;
let restarted: Services | null = null;
let fx: RuntimeFixture;

beforeAll(async () => {
  first = await createTestServices();
  fx = await createRuntimeFixture(first);
  await fx.publish(
    'timers',
    flowDoc(
      [
        { id: 'kw-remind', type: 'keyword-trigger', data: { keywords: ['remind'], match: 'exact' } },
        { id: 'send-ok', type: 'send-message', data: { messages: [text('Okay, in a moment.')] } },
        { id: 'delay', type: 'delay', data: { seconds: 1 } },
        { id: 'send-reminder', type: 'send-message', data: { messages: [text('Reminder!')] } },
        { id: 'kw-quiz', type: 'keyword-trigger', data: { keywords: ['quiz'], match: 'exact' } },
        {
          id: 'ask',
          type: 'ask',
          data: { prompt: [text('Quick: 6 x 7?')], variable: 'answer', timeoutSeconds: 1 },
        },
        { id: 'send-got', type: 'send-message', data: { messages: [text('Got it.')] } },
        { id: 'send-slow', type: 'send-message', data: { messages: [text('Too slow.')] } },
      ],
      [
        ['kw-remind', 'out', 'send-ok'],
        ['send-ok', 'out', 'delay'],
        ['delay', 'out', 'send-reminder'],
        ['kw-quiz', 'out', 'ask'],
        ['ask', 'answer', 'send-got'],
        ['ask', 'timeout', 'send-slow'],
      ],
      [{ name: 'answer' }],
    ),
  );
});
afterAll(async () => {
  if (restarted) {
    await restarted.runtime.stopWorkers();
    await restarted.jobs.stop();
  }
  await first?.cleanup();
});

const send = (services: Services, externalId: string, value: string) =>
  fx.say(externalId, value, { via: services });

async function outboundTexts(services: Services, conversationId: string): Promise<string[]> {
  const rows = await services.db
    .select({ payload: messages.payload })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.direction, 'out')))
    .orderBy(messages.id);
  return rows.map((r) => (r.payload as { text: string }).text);
}

/** Polls until `predicate` holds (a functional wait for the queue, not a speed assertion). */
async function eventually(predicate: () => Promise<boolean>, seconds = 30): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('condition not met in time');
}

async function timerJobStates(services: Services, conversationId: string): Promise<string[]> {
  const rows = await services.dbHandle.raw.query<{ state: string }>(
    `select state::text as state from pgboss.job where name = 'rf-timer' and data->>'conversationId' = $1`,
    [conversationId],
  );
  return rows.map((r) => r.state);
}

describe('runtime: durable timers', () => {
  it('fires a delay scheduled before a restart, in the restarted process', async () => {
    const outcome = await send(first, 'mia', 'remind');
    expect(texts(outcome.replies)).toEqual(['Okay, in a moment.']);
    // The first process goes away without ever working its queue.
    await first.runtime.stopWorkers();
    await first.jobs.stop();
    restarted = await createServices({ config: first.config, dbHandle: first.dbHandle, migrate: false });
    await restarted.runtime.startWorkers({ pollingIntervalSeconds: 0.5 });
    await eventually(async () => (await outboundTexts(restarted!, outcome.conversationId!)).length === 2);
    expect(await outboundTexts(restarted, outcome.conversationId!)).toEqual([
      'Okay, in a moment.',
      'Reminder!',
    ]);
  });

  it('fires an ask timeout when nobody answers', async () => {
    const outcome = await send(restarted!, 'noah', 'quiz');
    await eventually(async () => (await outboundTexts(restarted!, outcome.conversationId!)).length === 2);
    expect(await outboundTexts(restarted!, outcome.conversationId!)).toEqual(['Quick: 6 x 7?', 'Too slow.']);
  });

  it('treats a timer whose conversation moved on as a no-op', async () => {
    const outcome = await send(restarted!, 'olga', 'quiz');
    expect(texts((await send(restarted!, 'olga', '42')).replies)).toEqual(['Got it.']);
    await eventually(async () =>
      (await timerJobStates(restarted!, outcome.conversationId!)).includes('completed'),
    );
    expect(await outboundTexts(restarted!, outcome.conversationId!)).toEqual(['Quick: 6 x 7?', 'Got it.']);
  });
});
