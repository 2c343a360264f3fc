import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulationAction } from '@/core';
import { errorOf } from '../helpers/error-of';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { createPublishingFixture, type PublishingFixture } from '../publishing/publishing-fixture';
import { simulatorFlow, startOrderServer } from './simulator-fixture';

let services: TestServices;
let fx: PublishingFixture;
let orders: Awaited<ReturnType<typeof startOrderServer>>;
let orderUrl: string;
let flowId: string;
let ws: { workspaceId: string };

const MONDAY_10 = Date.parse('2026-11-23T02:00:00Z');

beforeAll(async () => {
  services = await createTestServices();
  fx = await createPublishingFixture(services, 'tc');
  ws = { workspaceId: fx.workspaceId };
  orders = await startOrderServer('packed');
  orderUrl = orders.url;
  await fx.api.owner.account.setHttpAllowlist({ ...ws, accountId: fx.accounts.a, allowlist: ['127.0.0.1'] });
  flowId = await fx.createFlow('Tested', simulatorFlow({ orderUrl }));
});
afterAll(async () => {
  await orders?.close();
  await services?.cleanup();
});

async function simulate(actions: (SimulationAction | string)[]) {
  let { revision } = await fx.api.editor.simulator.reset({
    ...ws,
    flowId,
    setup: { startAt: MONDAY_10 },
    accountId: fx.accounts.a,
  });
  for (const action of actions)
    ({ revision } = await fx.api.editor.simulator.act({
      ...ws,
      flowId,
      expectedRevision: revision,
      action: typeof action === 'string' ? { type: 'event', event: { type: 'text', text: action } } : action,
    }));
}

describe('test cases', () => {
  it('saves a simulation, passes on the same draft, fails with a readable diff after a change, and blocks publishing', async () => {
    const nothing = await errorOf(
      fx.api.editor.testCase.createFromSimulation({ ...ws, flowId, name: 'empty' }),
    );
    expect(nothing.appCode).toBe('NOTHING_TO_SAVE');

    await simulate([
      { type: 'event', event: { type: 'follow', scene: 'promo42' } },
      'quiz',
      'lots',
      '33',
      'hours',
      'remind',
      { type: 'advance', ms: 3_600_000 },
      'order',
    ]);
    const saved = await fx.api.editor.testCase.createFromSimulation({ ...ws, flowId, name: 'Happy path' });
    expect(saved.steps).toBe(8);
    const taken = await errorOf(
      fx.api.editor.testCase.createFromSimulation({ ...ws, flowId, name: 'Happy path' }),
    );
    expect(taken.appCode).toBe('TEST_CASE_NAME_TAKEN');

    const { definition } = await fx.api.viewer.testCase.get({ ...ws, flowId, testCaseId: saved.id });
    expect(definition.steps[6]!.action).toEqual({ type: 'advance', ms: 3_600_000 });
    expect(definition.steps[6]!.expect.map((r) => r.message)).toEqual([{ kind: 'text', text: 'Reminder!' }]);
    expect(definition.steps[7]!.http[0]!.response.body).toEqual({ order: { status: 'packed' } });

    // Recorded HTTP responses are replayed: running the tests calls nothing.
    const calls = orders.calls.count;
    const green = await fx.api.viewer.testCase.runAll({ ...ws, flowId });
    expect(orders.calls.count).toBe(calls);
    expect(green).toMatchObject({ total: 1, passed: 1, results: [{ name: 'Happy path', passed: true }] });

    // A change that breaks it: the time-window branch answers differently.
    const changed = simulatorFlow({ orderUrl, openReply: 'Come on in!' });
    const red = await fx.api.viewer.testCase.runAll({ ...ws, flowId, document: changed });
    expect(red.passed).toBe(0);
    const result = red.results[0]!;
    expect(result.firstFailure).toBe(4);
    expect(result.steps[4]!.lines).toEqual([
      { kind: 'changed', index: 0, expected: ['We are open.'], actual: ['Come on in!'] },
    ]);
    expect(result.steps.filter((s) => !s.ok)).toHaveLength(1);

    await fx.saveDraft(flowId, changed);
    const blocked = await errorOf(fx.api.editor.flow.publish({ ...ws, flowId, accountIds: [fx.accounts.a] }));
    expect(blocked.appCode).toBe('TESTS_FAILED');
    expect(blocked.details).toMatchObject({
      total: 1,
      failed: [{ id: saved.id, name: 'Happy path', firstFailure: 4 }],
    });
    expect((await fx.api.viewer.version.list({ ...ws, flowId })).versions).toHaveLength(0);

    const notOwner = await errorOf(
      fx.api.editor.flow.publish({ ...ws, flowId, accountIds: [fx.accounts.a], allowFailingTests: true }),
    );
    expect(notOwner.appCode).toBe('ROLE_REQUIRED');

    const overridden = await fx.api.owner.flow.publish({
      ...ws,
      flowId,
      accountIds: [fx.accounts.a],
      allowFailingTests: true,
    });
    expect(overridden.tests).toEqual({ total: 1, failed: ['Happy path'] });
    const audit = await fx.api.owner.audit.list({ ...ws });
    expect(audit.entries.find((e) => e.action === 'flow.publish')?.details).toMatchObject({
      tests: { total: 1, failed: ['Happy path'] },
    });

    // Accepting the new replies makes the change the expectation.
    await fx.api.editor.testCase.acceptActual({ ...ws, flowId, testCaseId: saved.id });
    expect((await fx.api.viewer.testCase.runAll({ ...ws, flowId })).passed).toBe(1);
    const published = await fx.api.editor.flow.publish({ ...ws, flowId, accountIds: [fx.accounts.a] });
    expect(published.tests).toEqual({ total: 1, failed: [] });
  });

  it('replays a test case in the simulator with its recorded responses', async () => {
    const [row] = await fx.api.viewer.testCase.list({ ...ws, flowId });
    const calls = orders.calls.count;
    const replayed = await fx.api.editor.simulator.replay({ ...ws, flowId, testCaseId: row!.id });
    expect(orders.calls.count).toBe(calls);
    expect(replayed.simulation.steps).toHaveLength(8);
    expect(replayed.simulation.steps[7]!.replies[0]!.message).toEqual({
      kind: 'text',
      text: 'Order status: packed',
    });
  });

  it('replays a test case whose step no longer applies, leaving that step out and saying so', async () => {
    const flow = await fx.createFlow('Restarts', simulatorFlow({ orderUrl }));
    const { revision } = await fx.api.editor.simulator.reset({
      ...ws,
      flowId: flow,
      setup: { startAt: MONDAY_10 },
      accountId: null,
    });
    const after = await fx.api.editor.simulator.act({
      ...ws,
      flowId: flow,
      expectedRevision: revision,
      action: { type: 'restart', nodeId: 'send-closed' },
    });
    await fx.api.editor.simulator.act({
      ...ws,
      flowId: flow,
      expectedRevision: after.revision,
      action: { type: 'event', event: { type: 'text', text: 'hours' } },
    });
    const saved = await fx.api.editor.testCase.createFromSimulation({ ...ws, flowId: flow, name: 'Restart' });
    const changed = simulatorFlow({ orderUrl });
    changed.nodes = changed.nodes.filter((n) => n.id !== 'send-closed');
    changed.edges = changed.edges.filter((e) => e.target !== 'send-closed');
    const replayed = await fx.api.editor.simulator.replay({
      ...ws,
      flowId: flow,
      testCaseId: saved.id,
      document: changed,
    });
    expect(replayed.skipped).toEqual([{ index: 0, error: expect.stringContaining('send-closed') }]);
    expect(replayed.simulation.steps).toHaveLength(1);
    expect(replayed.simulation.steps[0]!.replies[0]!.message).toEqual({ kind: 'text', text: 'We are open.' });
  });

  it('renames, exports, imports and deletes; viewers only read and run', async () => {
    const [row] = await fx.api.viewer.testCase.list({ ...ws, flowId });
    expect(row).toMatchObject({ name: 'Happy path', steps: 8, updatedByName: 'Eddie Editor' });
    await fx.api.editor.testCase.rename({ ...ws, flowId, testCaseId: row!.id, name: 'Main path' });
    const second = await fx.api.editor.testCase.importMany({
      ...ws,
      flowId,
      tests: [
        {
          ...(await fx.api.viewer.testCase.get({ ...ws, flowId, testCaseId: row!.id })).definition,
          name: 'Other',
        },
      ],
    });
    expect(second.imported).toBe(1);
    const [, otherCase] = await fx.api.viewer.testCase.list({ ...ws, flowId });
    const clash = await errorOf(
      fx.api.editor.testCase.rename({ ...ws, flowId, testCaseId: otherCase!.id, name: 'Main path' }),
    );
    expect(clash.appCode).toBe('TEST_CASE_NAME_TAKEN');
    await fx.api.editor.testCase.delete({ ...ws, flowId, testCaseId: otherCase!.id });
    const exported = await fx.api.viewer.testCase.exportAll({ ...ws, flowId });
    expect(exported.map((t) => t.name)).toEqual(['Main path']);

    const copyFlow = await fx.createFlow('Copy', simulatorFlow({ orderUrl }));
    await fx.api.editor.testCase.importMany({ ...ws, flowId: copyFlow, tests: exported });
    const copyRun = await fx.api.viewer.testCase.runAll({ ...ws, flowId: copyFlow });
    expect(copyRun).toMatchObject({ total: 1, passed: 0 }); // the copy still answers "We are open."
    const twice = await errorOf(
      fx.api.editor.testCase.importMany({ ...ws, flowId: copyFlow, tests: [exported[0]!, exported[0]!] }),
    );
    expect(twice.appCode).toBe('INVALID_TEST_CASE');

    const denied = await errorOf(fx.api.viewer.testCase.delete({ ...ws, flowId, testCaseId: row!.id }));
    expect(denied.appCode).toBe('ROLE_REQUIRED');
    await fx.api.editor.testCase.delete({ ...ws, flowId, testCaseId: row!.id });
    expect(await fx.api.viewer.testCase.list({ ...ws, flowId })).toEqual([]);
    const gone = await errorOf(fx.api.editor.testCase.delete({ ...ws, flowId, testCaseId: row!.id }));
    expect(gone.appCode).toBe('TEST_CASE_NOT_FOUND');

    const other = await createPublishingFixture(services, 'tc-other');
    const foreign = await errorOf(other.api.viewer.testCase.list({ workspaceId: other.workspaceId, flowId }));
    expect(foreign.appCode).toBe('FLOW_NOT_FOUND');
  });
});

describe('test cases travel with their flow', () => {
  it('are created with a flow from a file (all or nothing) and copied by duplicate', async () => {
    const source = await fx.createFlow('Source', simulatorFlow({ orderUrl }));
    const sourceSim = await fx.api.editor.simulator.reset({
      ...ws,
      flowId: source,
      setup: { startAt: MONDAY_10 },
      accountId: null,
    });
    await fx.api.editor.simulator.act({
      ...ws,
      flowId: source,
      expectedRevision: sourceSim.revision,
      action: { type: 'event', event: { type: 'text', text: 'hours' } },
    });
    await fx.api.editor.testCase.createFromSimulation({ ...ws, flowId: source, name: 'Opening hours' });
    const tests = await fx.api.viewer.testCase.exportAll({ ...ws, flowId: source });

    const created = await fx.api.editor.flow.create({
      ...ws,
      name: 'From file',
      draft: simulatorFlow({ orderUrl }),
      tests,
    });
    expect(created.testCases).toBe(1);
    expect(await fx.api.viewer.testCase.runAll({ ...ws, flowId: created.id })).toMatchObject({
      total: 1,
      passed: 1,
    });

    const before = (await fx.api.viewer.flow.list(ws)).length;
    const refused = await errorOf(
      fx.api.editor.flow.create({
        ...ws,
        name: 'Twice',
        draft: simulatorFlow({ orderUrl }),
        tests: [tests[0]!, tests[0]!],
      }),
    );
    expect(refused.appCode).toBe('INVALID_TEST_CASE');
    expect((await fx.api.viewer.flow.list(ws)).length).toBe(before);

    const copy = await fx.api.editor.flow.duplicate({ ...ws, flowId: source });
    expect((await fx.api.viewer.testCase.list({ ...ws, flowId: copy.id })).map((t) => t.name)).toEqual([
      'Opening hours',
    ]);
  });
});
