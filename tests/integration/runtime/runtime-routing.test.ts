import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships } from '@/server/db/schema';
import { callerFor, signUpUser } from '../helpers/actors';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { createRuntimeFixture, flowDoc, text, texts, type RuntimeFixture } from './runtime-fixture';

let services: TestServices;
let fx: RuntimeFixture;
let ordersFlowId = '';

beforeAll(async () => {
  services = await createTestServices();
  fx = await createRuntimeFixture(services);
  // Two flows live on one account: triggers are merged, a fallback answers what neither knows.
  const orders = await fx.publish(
    'orders',
    flowDoc(
      [
        { id: 'kw-order', type: 'keyword-trigger', data: { keywords: ['order'], match: 'contains' } },
        {
          id: 'ask-number',
          type: 'ask',
          data: { prompt: [text('Order number?')], variable: 'number', validation: { kind: 'number' } },
        },
        {
          id: 'send-status',
          type: 'send-message',
          data: { messages: [text('Order {{ number }} is on its way.')] },
        },
      ],
      [
        ['kw-order', 'out', 'ask-number'],
        ['ask-number', 'answer', 'send-status'],
      ],
      [{ name: 'number' }],
    ),
  );
  ordersFlowId = orders.flowId;
  await fx.publish(
    'faq',
    flowDoc(
      [
        { id: 'kw-hours', type: 'keyword-trigger', data: { keywords: ['hours'], match: 'exact' } },
        { id: 'send-hours', type: 'send-message', data: { messages: [text('We open at 9.')] } },
        { id: 'kw-track', type: 'keyword-trigger', data: { keywords: ['track'], match: 'exact' } },
        { id: 'go', type: 'go-to', data: { target: 'flow', flowId: ordersFlowId } },
        { id: 'fallback', type: 'fallback', data: {} },
        { id: 'send-fallback', type: 'send-message', data: { messages: [text('Try "hours" or "order".')] } },
      ],
      [
        ['kw-hours', 'out', 'send-hours'],
        ['kw-track', 'out', 'go'],
        ['fallback', 'out', 'send-fallback'],
      ],
    ),
    { priority: 1 },
  );
});
afterAll(async () => {
  await services?.cleanup();
});

const send = (externalId: string, value: string) => fx.say(externalId, value);

describe('runtime: several flows live on one account', () => {
  it('starts the flow whose trigger matches, and answers unknown input with the fallback', async () => {
    expect(texts((await send('p1', 'hours')).replies)).toEqual(['We open at 9.']);
    expect(texts((await send('p1', 'my order')).replies)).toEqual(['Order number?']);
    expect(texts((await send('p1', '123')).replies)).toEqual(['Order 123 is on its way.']);
    expect(texts((await send('p1', 'blah')).replies)).toEqual(['Try "hours" or "order".']);
  });

  it('keeps a waiting conversation on its flow: an answer is not taken as another flow trigger', async () => {
    const asked = await send('p2', 'order');
    const answered = await send('p2', 'hours');
    // "hours" is not a number: the ask retries instead of the FAQ answering.
    expect(answered.conversationId).toBe(asked.conversationId);
    expect(texts(answered.replies)).not.toEqual(['We open at 9.']);
  });

  it('switches flows with go-to: the target flow receives the same message', async () => {
    const jumped = await send('p3', 'track');
    expect(texts(jumped.replies)).toEqual(['Order number?']);
    expect(texts((await send('p3', '77')).replies)).toEqual(['Order 77 is on its way.']);
  });
});

describe('runtime: an account with nothing live', () => {
  it('keeps every message, unanswered, in one conversation', async () => {
    const empty = await createRuntimeFixture(services);
    const sendEmpty = (value: string) =>
      services.runtime.handleInbound({
        channel: empty.channel,
        externalId: 'q1',
        event: { type: 'text', text: value },
      });
    const first = await sendEmpty('hello?');
    const second = await sendEmpty('anyone?');
    expect(first.replies).toEqual([]);
    expect(second.replies).toEqual([]);
    expect(second.conversationId).toBe(first.conversationId);
    expect(first.inboundId).not.toBeNull();
    expect(second.inboundId).not.toBeNull();
  });
});

describe('runtime: deleting a flow', () => {
  it('stops it answering on every account it was live on', async () => {
    const other = await createRuntimeFixture(services);
    const owner = await signUpUser(services, { email: 'flow-deleter@example.com' });
    await services.db
      .insert(memberships)
      .values({ workspaceId: other.workspaceId, userId: owner.id, role: 'owner' });
    const { flowId } = await other.publish(
      'faq',
      flowDoc(
        [
          { id: 'kw', type: 'keyword-trigger', data: { keywords: ['hours'], match: 'exact' } },
          { id: 'send', type: 'send-message', data: { messages: [text('We open at 9.')] } },
        ],
        [['kw', 'out', 'send']],
      ),
    );
    const ask = (who: string) =>
      services.runtime.handleInbound({
        channel: other.channel,
        externalId: who,
        event: { type: 'text', text: 'hours' },
      });
    expect(texts((await ask('r1')).replies)).toEqual(['We open at 9.']);
    await callerFor(services, owner).flow.delete({ workspaceId: other.workspaceId, flowId });
    expect((await ask('r1')).replies).toEqual([]);
    expect((await ask('r2')).replies).toEqual([]);
  });
});
