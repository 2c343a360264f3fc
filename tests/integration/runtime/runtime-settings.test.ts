import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships } from '@/server/db/schema';
import { callerFor, signUpUser } from '../helpers/actors';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { createRuntimeFixture, flowDoc, text, texts, type RuntimeFixture } from './runtime-fixture';

let services: TestServices;
let fx: RuntimeFixture;
const clock = { offsetMs: 0 };

beforeAll(async () => {
  services = await createTestServices({}, { runtime: { now: () => new Date(Date.now() + clock.offsetMs) } });
  fx = await createRuntimeFixture(services);
  await fx.publish(
    'ask',
    flowDoc(
      [
        { id: 'kw', type: 'keyword-trigger', data: { keywords: ['signup'], match: 'exact' } },
        { id: 'ask', type: 'ask', data: { prompt: [text('Your name?')], variable: 'name' } },
        { id: 'thanks', type: 'send-message', data: { messages: [text('Hi {{ name }}.')] } },
        { id: 'fallback', type: 'fallback', data: {} },
        { id: 'sorry', type: 'send-message', data: { messages: [text('Say "signup".')] } },
      ],
      [
        ['kw', 'out', 'ask'],
        ['ask', 'answer', 'thanks'],
        ['fallback', 'out', 'sorry'],
      ],
      [{ name: 'name' }],
    ),
  );
});
afterAll(async () => {
  await services?.cleanup();
});

describe('runtime: account settings changed between two messages', () => {
  it('applies a shorter session timeout to the very next message of a contact it remembers', async () => {
    const owner = await signUpUser(services, { email: 'settings-owner@example.com' });
    await services.db
      .insert(memberships)
      .values({ workspaceId: fx.workspaceId, userId: owner.id, role: 'owner' });
    expect(texts((await fx.say('ann', 'signup')).replies)).toEqual(['Your name?']);
    expect(texts((await fx.say('ann', 'oops, one moment')).replies)).toEqual(['Hi oops, one moment.']);
    expect(texts((await fx.say('ann', 'signup')).replies)).toEqual(['Your name?']);
    await callerFor(services, owner).account.update({
      workspaceId: fx.workspaceId,
      accountId: fx.accountId,
      sessionTimeoutMinutes: 1,
    });
    clock.offsetMs = 2 * 60_000;
    try {
      // With the old 30-minute timeout this would answer the question; with 1 minute it starts over.
      expect(texts((await fx.say('ann', 'Ann')).replies)).toEqual(['Say "signup".']);
    } finally {
      clock.offsetMs = 0;
    }
  });
});
