import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { flowDoc, text } from '../runtime/runtime-fixture';
import { createPublishingFixture, type PublishingFixture } from './publishing-fixture';

let services: TestServices;
let fx: PublishingFixture;
let salesId = '';
let faqId = '';

const keywords = (
  rules: { id: string; words: string[]; match: 'exact' | 'contains'; answer: string; priority?: number }[],
) =>
  flowDoc(
    rules.flatMap((r) => [
      {
        id: r.id,
        type: 'keyword-trigger' as const,
        data: { keywords: r.words, match: r.match, priority: r.priority ?? 0 },
      },
      { id: `${r.id}-send`, type: 'send-message' as const, data: { messages: [text(r.answer)] } },
    ]),
    rules.map((r) => [r.id, 'out', `${r.id}-send`] as [string, string, string]),
  );

beforeAll(async () => {
  services = await createTestServices();
  fx = await createPublishingFixture(services, 'rules');
  const { workspaceId, accounts, api } = fx;
  salesId = await fx.createFlow(
    'Sales',
    keywords([{ id: 'kw-price', words: ['price'], match: 'contains', answer: 'Prices start at 9.' }]),
  );
  faqId = await fx.createFlow(
    'FAQ',
    keywords([
      { id: 'kw-list', words: ['price list'], match: 'exact', answer: 'Here is the list.' },
      { id: 'kw-hours', words: ['hours', 'open'], match: 'exact', answer: 'We open at 9.' },
    ]),
  );
  await api.editor.flow.publish({ workspaceId, flowId: salesId, accountIds: [accounts.a], priority: 1 });
  await api.editor.flow.publish({ workspaceId, flowId: faqId, accountIds: [accounts.a] });
});
afterAll(async () => {
  await services?.cleanup();
});

describe('account reply rules table', () => {
  it('lists every live trigger in evaluation order and finds shadowed rules', async () => {
    const { workspaceId, accounts, api } = fx;
    const table = await api.viewer.deployment.replyRules({ workspaceId, accountId: accounts.a });
    expect(table.rules.map((r) => [r.flowName, r.nodeId, r.priority])).toEqual([
      ['Sales', 'kw-price', 0],
      ['FAQ', 'kw-list', 0],
      ['FAQ', 'kw-hours', 0],
    ]);
    const list = table.rules.find((r) => r.nodeId === 'kw-list')!;
    expect(list.findings).toEqual([
      { kind: 'shadowed', ruleId: list.id, byRuleId: `${salesId}:kw-price`, values: ['price list'] },
    ]);
    expect(list.target).toMatchObject({
      nodeId: 'kw-list-send',
      type: 'send-message',
      text: 'Here is the list.',
    });
    expect(table.rules.find((r) => r.nodeId === 'kw-hours')!.findings).toEqual([]);
    // The runtime agrees: the shadowed rule never answers.
    expect(await fx.send('a', 'r1', 'price list')).toEqual(['Prices start at 9.']);
  });

  it('reports same-priority overlaps between flows as conflicts', async () => {
    const { workspaceId, accounts, api } = fx;
    const promoId = await fx.createFlow(
      'Promo',
      keywords([{ id: 'kw-open', words: ['open day'], match: 'contains', answer: 'Open day on Sunday!' }]),
    );
    await api.editor.flow.publish({ workspaceId, flowId: promoId, accountIds: [accounts.a] });
    const table = await api.viewer.deployment.replyRules({ workspaceId, accountId: accounts.a });
    const promo = table.rules.find((r) => r.flowId === promoId)!;
    // "open day" (contains, Promo) overlaps "open"? No: exact "open" never matches "… open day …".
    expect(promo.findings).toEqual([]);
    const hours = table.rules.find((r) => r.nodeId === 'kw-hours')!;
    expect(hours.findings).toEqual([]);
    await api.editor.version.unpublish({ workspaceId, flowId: promoId });

    const dupId = await fx.createFlow(
      'Dup',
      keywords([{ id: 'kw-hrs', words: ['opening hours'], match: 'exact', answer: 'Dup hours' }]),
    );
    const widerId = await fx.createFlow(
      'Wider',
      keywords([{ id: 'kw-open2', words: ['opening'], match: 'contains', answer: 'Wider' }]),
    );
    await api.editor.flow.publish({ workspaceId, flowId: dupId, accountIds: [accounts.b] });
    await api.editor.flow.publish({ workspaceId, flowId: widerId, accountIds: [accounts.b] });
    const b = await api.viewer.deployment.replyRules({ workspaceId, accountId: accounts.b });
    // Wider (newest) comes first at equal priority and covers "opening hours": Dup never fires.
    expect(b.rules.map((r) => r.flowName)).toEqual(['Wider', 'Dup']);
    expect(b.rules[1]!.findings.map((f) => f.kind)).toEqual(['shadowed']);
    await api.editor.flow.publish({ workspaceId, flowId: dupId, accountIds: [accounts.b] });
    const after = await api.viewer.deployment.replyRules({ workspaceId, accountId: accounts.b });
    // Republished Dup is now newest: it comes first and only overlaps Wider at equal priority.
    expect(after.rules.map((r) => r.flowName)).toEqual(['Dup', 'Wider']);
    expect(after.rules[1]!.findings.map((f) => f.kind)).toEqual(['conflict']);
  });

  it("changes a trigger's priority on the account: order, findings and the runtime follow; reset restores", async () => {
    const { workspaceId, accounts, api } = fx;
    const set = await api.editor.deployment.setTriggerPriority({
      workspaceId,
      accountId: accounts.a,
      flowId: faqId,
      nodeId: 'kw-list',
      priority: 10,
    });
    expect(set).toEqual({ priority: 10, overridden: true });
    const table = await api.viewer.deployment.replyRules({ workspaceId, accountId: accounts.a });
    expect(table.rules[0]).toMatchObject({
      nodeId: 'kw-list',
      priority: 10,
      ownPriority: 0,
      overridden: true,
    });
    expect(table.rules[0]!.findings).toEqual([]);
    expect(await fx.send('a', 'r2', 'price list')).toEqual(['Here is the list.']);
    expect(await fx.send('a', 'r2', 'what price?')).toEqual(['Prices start at 9.']);

    // It survives a republish of the flow (node ids are stable).
    await fx.saveDraft(
      faqId,
      keywords([
        { id: 'kw-list', words: ['price list'], match: 'exact', answer: 'Here is the new list.' },
        { id: 'kw-hours', words: ['hours', 'open'], match: 'exact', answer: 'We open at 9.' },
      ]),
    );
    await api.editor.flow.publish({ workspaceId, flowId: faqId, accountIds: [accounts.a] });
    expect(await fx.send('a', 'r3', 'price list')).toEqual(['Here is the new list.']);

    await api.editor.deployment.setTriggerPriority({
      workspaceId,
      accountId: accounts.a,
      flowId: faqId,
      nodeId: 'kw-list',
      priority: null,
    });
    expect(await fx.send('a', 'r4', 'price list')).toEqual(['Prices start at 9.']);
    await expect(
      api.editor.deployment.setTriggerPriority({
        workspaceId,
        accountId: accounts.a,
        flowId: faqId,
        nodeId: 'nope',
        priority: 1,
      }),
    ).rejects.toMatchObject({ appCode: 'TRIGGER_NOT_FOUND' });
    await expect(
      api.viewer.deployment.setTriggerPriority({
        workspaceId,
        accountId: accounts.a,
        flowId: faqId,
        nodeId: 'kw-list',
        priority: 3,
      }),
    ).rejects.toMatchObject({ appCode: 'ROLE_REQUIRED' });
  });

  it('forgets an override when a new version no longer has its trigger', async () => {
    const { workspaceId, accounts, api } = fx;
    const flowId = await fx.createFlow(
      'Short-lived',
      keywords([
        { id: 'kw-a', words: ['alpha'], match: 'exact', answer: 'A' },
        { id: 'kw-b', words: ['beta'], match: 'exact', answer: 'B' },
      ]),
    );
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.b] });
    for (const nodeId of ['kw-a', 'kw-b'])
      await api.editor.deployment.setTriggerPriority({
        workspaceId,
        accountId: accounts.b,
        flowId,
        nodeId,
        priority: 7,
      });
    await fx.saveDraft(flowId, keywords([{ id: 'kw-a', words: ['alpha'], match: 'exact', answer: 'A' }]));
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.b] });
    const live = await api.viewer.deployment.forAccount({ workspaceId, accountId: accounts.b });
    expect(live.find((l) => l.flowId === flowId)!.overriddenTriggers).toBe(1);
    const table = await api.viewer.deployment.replyRules({ workspaceId, accountId: accounts.b });
    expect(table.rules.find((r) => r.nodeId === 'kw-a' && r.flowId === flowId)).toMatchObject({
      priority: 7,
    });
    await api.editor.version.unpublish({ workspaceId, flowId });
  });

  it("changes a flow's merge order on the account", async () => {
    const { workspaceId, accounts, api } = fx;
    const live = await api.viewer.deployment.forAccount({ workspaceId, accountId: accounts.a });
    expect(live.map((l) => [l.flowName, l.priority, l.deployedByName])).toEqual([
      ['Sales', 1, 'Eddie Editor'],
      ['FAQ', 0, 'Eddie Editor'],
    ]);
    await api.editor.deployment.setPriority({
      workspaceId,
      accountId: accounts.a,
      flowId: faqId,
      priority: 2,
    });
    const table = await api.viewer.deployment.replyRules({ workspaceId, accountId: accounts.a });
    expect(table.rules.map((r) => r.nodeId)).toEqual(['kw-list', 'kw-hours', 'kw-price']);
    expect(await fx.send('a', 'r5', 'price list')).toEqual(['Here is the new list.']);
  });
});
