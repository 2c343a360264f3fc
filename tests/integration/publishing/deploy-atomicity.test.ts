import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { flowDoc, text } from '../runtime/runtime-fixture';
import { createPublishingFixture, type PublishingFixture } from './publishing-fixture';

let services: TestServices;
let fx: PublishingFixture;

beforeAll(async () => {
  services = await createTestServices();
  fx = await createPublishingFixture(services, 'atomic');
});
afterAll(async () => {
  await services?.cleanup();
});

const twoReplies = (tag: string) =>
  flowDoc(
    [
      { id: 'kw', type: 'keyword-trigger', data: { keywords: ['go'], match: 'exact' } },
      { id: 'one', type: 'send-message', data: { messages: [text(`${tag}1`)] } },
      { id: 'two', type: 'send-message', data: { messages: [text(`${tag}2`)] } },
    ],
    [
      ['kw', 'out', 'one'],
      ['one', 'out', 'two'],
    ],
  );

const quiz = (tag: string) =>
  flowDoc(
    [
      { id: 'kw', type: 'keyword-trigger', data: { keywords: ['quiz'], match: 'exact' } },
      { id: 'ask', type: 'ask', data: { prompt: [text(`Name? (${tag})`)], variable: 'name' } },
      { id: 'thanks', type: 'send-message', data: { messages: [text(`Thanks {{ name }} (${tag})`)] } },
    ],
    [
      ['kw', 'out', 'ask'],
      ['ask', 'answer', 'thanks'],
    ],
    [{ name: 'name' }],
  );

describe('deployment is atomic', () => {
  it('under concurrent traffic, every message is answered entirely by one version while versions flip', async () => {
    const { workspaceId, accounts, api } = fx;
    const flowId = await fx.createFlow('Flip', twoReplies('A'));
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.a] });
    await fx.saveDraft(flowId, twoReplies('B'));
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.a] });

    const flips = (async () => {
      for (let i = 0; i < 12; i += 1)
        await api.editor.version.deploy({
          workspaceId,
          flowId,
          number: (i % 2) + 1,
          accountIds: [accounts.a],
        });
    })();
    const traffic = Array.from({ length: 60 }, (_, i) => fx.send('a', `c${i % 15}`, 'go'));
    const [answers] = await Promise.all([Promise.all(traffic), flips]);
    for (const answer of answers)
      expect([
        ['A1', 'A2'],
        ['B1', 'B2'],
      ]).toContainEqual(answer);
    // After the last flip (to version 2) every new message gets version 2.
    expect(await fx.send('a', 'late', 'go')).toEqual(['B1', 'B2']);
  });

  it('keeps an in-flight conversation on the version it started on; new ones get the new version', async () => {
    const { workspaceId, accounts, api } = fx;
    const flowId = await fx.createFlow('Quiz', quiz('v1'));
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.b] });
    expect(await fx.send('b', 'mid', 'quiz')).toEqual(['Name? (v1)']);

    await fx.saveDraft(flowId, quiz('v2'));
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.b] });
    expect(await fx.send('b', 'mid', 'Ada')).toEqual(['Thanks Ada (v1)']);
    // Once idle, the same contact's next message runs on what is live now.
    expect(await fx.send('b', 'mid', 'quiz')).toEqual(['Name? (v2)']);
    expect(await fx.send('b', 'new', 'quiz')).toEqual(['Name? (v2)']);
    expect(await fx.send('b', 'new', 'Bo')).toEqual(['Thanks Bo (v2)']);

    // A rollback does not move a conversation that is waiting either.
    expect(await fx.send('b', 'mid2', 'quiz')).toEqual(['Name? (v2)']);
    await api.editor.version.deploy({ workspaceId, flowId, number: 1, accountIds: [accounts.b] });
    expect(await fx.send('b', 'mid2', 'Cy')).toEqual(['Thanks Cy (v2)']);
    expect(await fx.send('b', 'after', 'quiz')).toEqual(['Name? (v1)']);
  });
});
