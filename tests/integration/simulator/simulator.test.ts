import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulationAction } from '@/core';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { addMember } from '../helpers/actors';
import { errorOf } from '../helpers/error-of';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { createPublishingFixture, type PublishingFixture } from '../publishing/publishing-fixture';
import { simulatorFlow, startOrderServer } from './simulator-fixture';

let services: TestServices;
let fx: PublishingFixture;
let orders: Awaited<ReturnType<typeof startOrderServer>>;
let orderUrl: string;
let flowId: string;

// Monday 2026-11-23 10:00 and Saturday 2026-11-21 10:00 in Asia/Shanghai (the flow's time zone).
const MONDAY_10 = Date.parse('2026-11-23T02:00:00Z');
const SATURDAY_10 = Date.parse('2026-11-21T02:00:00Z');

beforeAll(async () => {
  services = await createTestServices();
  fx = await createPublishingFixture(services, 'sim');
  orders = await startOrderServer('shipped');
  orderUrl = orders.url;
  // The account's allowlist lets HTTP nodes reach the local test server (private addresses are refused otherwise).
  await fx.api.owner.account.setHttpAllowlist({
    workspaceId: fx.workspaceId,
    accountId: fx.accounts.a,
    allowlist: ['127.0.0.1'],
  });
  flowId = await fx.createFlow('Simulated', simulatorFlow({ orderUrl }));
});
afterAll(async () => {
  await orders?.close();
  await services?.cleanup();
});

const texts = (simulation: Simulation, stepIndex = -1) =>
  simulation.steps
    .at(stepIndex)!
    .replies.map((r) => (r.message.kind === 'text' ? r.message.text : r.message.kind));

function simulator(api = fx.api.editor) {
  let revision = 0;
  let simulation: Simulation;
  return {
    reset: async (startAt: number, accountId: string | null = fx.accounts.a) => {
      const result = await api.simulator.reset({
        workspaceId: fx.workspaceId,
        flowId,
        setup: { startAt, channel: 'wechat_mp', contact: { name: 'Tester', tags: [], fields: {} } },
        accountId,
      });
      revision = result.revision;
      simulation = result.simulation;
      return simulation;
    },
    act: async (action: SimulationAction | string, document?: unknown) => {
      const result = await api.simulator.act({
        workspaceId: fx.workspaceId,
        flowId,
        expectedRevision: revision,
        action:
          typeof action === 'string' ? { type: 'event', event: { type: 'text', text: action } } : action,
        ...(document === undefined ? {} : { document }),
      });
      revision = result.revision;
      simulation = result.simulation;
      return simulation;
    },
    get current() {
      return simulation;
    },
  };
}

describe('simulating a draft', () => {
  it('runs a multi-turn conversation with retries, a time window at two times, a QR follow, a delay and HTTP', async () => {
    const sim = simulator();
    await sim.reset(MONDAY_10);

    let s = await sim.act({ type: 'event', event: { type: 'follow', scene: 'promo42' } });
    expect(texts(s)).toEqual(['Welcome from the poster!']);
    expect(s.contact.tags).toEqual(['poster']);
    const path = s.steps[0]!.turns[0]!.effects.flatMap((e) =>
      e.type === 'mark' && e.mark === 'node-entered' ? [e.nodeId] : [],
    );
    expect(path).toEqual(['on-qr', 'send-qr', 'tag-qr']);

    expect(texts(await sim.act('quiz'))).toEqual(['How old are you?']);
    expect(texts(await sim.act('old enough'))).toEqual(['Please send a number.']);
    s = await sim.act('42');
    expect(texts(s)).toEqual(['Noted: 42.']);
    expect(s.conversation!.state.variables.age).toBe(42);

    expect(texts(await sim.act('hours'))).toEqual(['We are open.']);
    s = await sim.act({ type: 'set-clock', at: SATURDAY_10 });
    expect(s.clock).toBe(SATURDAY_10);
    expect(texts(await sim.act('hours'))).toEqual(['We are closed.']);

    s = await sim.act('remind');
    expect(texts(s)).toEqual(['I will remind you in an hour.']);
    expect(s.timers).toEqual([
      { timerId: expect.any(String), fireAt: SATURDAY_10 + 3_600_000, nodeId: 'delay' },
    ]);
    s = await sim.act({ type: 'advance', ms: 30 * 60_000 });
    expect(texts(s)).toEqual([]);
    s = await sim.act({ type: 'advance', ms: 30 * 60_000 });
    expect(texts(s)).toEqual(['Reminder!']);
    expect(s.timers).toEqual([]);
    expect(s.clock).toBe(SATURDAY_10 + 3_600_000);

    const before = orders.calls.count;
    s = await sim.act('order');
    expect(orders.calls.count).toBe(before + 1);
    expect(texts(s)).toEqual(['Order status: shipped']);
    expect(s.steps.at(-1)!.http).toEqual([
      expect.objectContaining({
        nodeId: 'http-order',
        request: expect.objectContaining({ method: 'GET', url: orderUrl }),
        response: { status: 200, body: { order: { status: 'shipped' } }, error: null },
      }),
    ]);

    // The simulation is kept per member and flow: reloading shows it as it was.
    const loaded = await fx.api.editor.simulator.get({ workspaceId: fx.workspaceId, flowId });
    expect(loaded!.simulation.steps).toHaveLength(s.steps.length);
  });

  it('simulates the unsaved document it is given, and says when the flow changed mid-conversation', async () => {
    const sim = simulator();
    await sim.reset(MONDAY_10);
    await sim.act('quiz');
    const edited = simulatorFlow({ orderUrl, openReply: 'Open (edited, unsaved)!' });
    const s = await sim.act('hours', edited);
    expect(texts(s)).toEqual(['Open (edited, unsaved)!']);
    const diagnostics = s.steps
      .at(-1)!
      .turns.flatMap((t) => t.effects.filter((e) => e.type === 'diagnostic'));
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'flow-changed' })]);
  });

  it('expires an idle conversation after the session time-out, and restarts at a chosen node', async () => {
    const sim = simulator();
    await sim.reset(MONDAY_10);
    await sim.act('quiz');
    let s = await sim.act({ type: 'advance', ms: 31 * 60_000 });
    s = await sim.act('hours');
    expect(texts(s)).toEqual(['We are open.']);
    expect(s.steps.at(-1)!.turns[0]!.closed).toBe('expired');

    s = await sim.act({ type: 'restart', nodeId: 'ask-age' });
    expect(texts(s)).toEqual(['How old are you?']);
    expect(s.conversation!.state.wait).toEqual(
      expect.objectContaining({ kind: 'answer', nodeId: 'ask-age' }),
    );
    const missing = await errorOf(sim.act({ type: 'restart', nodeId: 'nope' }));
    expect(missing.appCode).toBe('NODE_NOT_FOUND');
    expect(
      (await fx.api.editor.simulator.get({ workspaceId: fx.workspaceId, flowId }))!.simulation.steps,
    ).toHaveLength(s.steps.length);
  });

  it('refuses a stale revision, a draft with errors, viewers and other workspaces', async () => {
    const sim = simulator();
    await sim.reset(MONDAY_10);
    await sim.act('hours');
    const stale = await errorOf(
      fx.api.editor.simulator.act({
        workspaceId: fx.workspaceId,
        flowId,
        expectedRevision: 1,
        action: { type: 'event', event: { type: 'text', text: 'hours' } },
      }),
    );
    expect(stale.appCode).toBe('SIMULATION_CONFLICT');

    const broken = simulatorFlow({ orderUrl });
    broken.edges.push({ ...broken.edges[0]!, id: 'to-nowhere', target: 'missing-node' });
    const errors = await errorOf(sim.act('hi', broken));
    expect(errors.appCode).toBe('FLOW_HAS_ERRORS');

    // A reset in another tab bumps the revision: the first tab's next action is refused, not applied to it.
    const tabB = await fx.api.editor.simulator.reset({
      workspaceId: fx.workspaceId,
      flowId,
      setup: {},
      accountId: null,
    });
    const tabA = await errorOf(sim.act('hours'));
    expect(tabA.appCode).toBe('SIMULATION_CONFLICT');
    expect(tabB.revision).toBeGreaterThan(1);

    const viewer = await errorOf(fx.api.viewer.simulator.get({ workspaceId: fx.workspaceId, flowId }));
    expect(viewer.appCode).toBe('ROLE_REQUIRED');

    const other = await createPublishingFixture(services, 'sim-other');
    const foreign = await errorOf(
      other.api.editor.simulator.reset({
        workspaceId: other.workspaceId,
        flowId,
        setup: {},
        accountId: null,
      }),
    );
    expect(foreign.appCode).toBe('FLOW_NOT_FOUND');
    // Nor can another workspace's flow be acted on through a workspace where the caller is an editor.
    await addMember(services, {
      owner: fx.owner,
      workspaceId: fx.workspaceId,
      user: other.editor,
      role: 'editor',
    });
    const otherFlow = await other.createFlow('Theirs', simulatorFlow({ orderUrl }));
    await other.api.editor.simulator.reset({
      workspaceId: other.workspaceId,
      flowId: otherFlow,
      setup: {},
      accountId: null,
    });
    const crossed = await errorOf(
      other.api.editor.simulator.act({
        workspaceId: fx.workspaceId,
        flowId: otherFlow,
        expectedRevision: 1,
        action: { type: 'advance', ms: 0 },
      }),
    );
    expect(crossed.appCode).toBe('FLOW_NOT_FOUND');
    const foreignAccount = await errorOf(
      fx.api.editor.simulator.reset({
        workspaceId: fx.workspaceId,
        flowId,
        setup: {},
        accountId: other.accounts.a,
      }),
    );
    expect(foreignAccount.appCode).toBe('ACCOUNT_NOT_FOUND');
  });
});

describe('simulator data stays apart', () => {
  it('never appears in contacts, conversations, transcripts, analytics, the outbox or the job queue', async () => {
    const count = async (table: string) => {
      const rows = await services.dbHandle.raw.query<{ n: string }>(
        `select count(*)::text as n from ${table}`,
      );
      return Number(rows[0]!.n);
    };
    const tables = ['contacts', 'conversations', 'messages', 'analytics_events', 'outbox'];
    const timerJobs = async () =>
      Number(
        (
          await services.dbHandle.raw.query<{ n: string }>(
            `select count(*)::text as n from pgboss.job where name = 'rf-timer'`,
          )
        )[0]!.n,
      );
    // Real traffic first, so the tables are known to receive rows at all.
    await fx.api.editor.flow.publish({ workspaceId: fx.workspaceId, flowId, accountIds: [fx.accounts.a] });
    expect(await fx.send('a', 'real-visitor', 'hours')).toHaveLength(1);
    const real = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)] as const)));
    expect(real.contacts).toBe(1);
    expect(real.messages).toBeGreaterThanOrEqual(2);
    const jobs = await timerJobs();

    const sim = simulator();
    await sim.reset(MONDAY_10);
    for (const action of [
      { type: 'event', event: { type: 'follow', scene: 'promo42' } },
      'quiz',
      'x',
      '30',
      'remind',
      { type: 'advance', ms: 3_600_000 },
      'order',
      { type: 'event', event: { type: 'unfollow' } },
    ] as const)
      await sim.act(action as SimulationAction | string);
    expect(sim.current.steps.flatMap((s) => s.replies)).not.toHaveLength(0);

    for (const table of tables) expect({ table, n: await count(table) }).toEqual({ table, n: real[table] });
    expect(await timerJobs()).toBe(jobs);
    const listed = await fx.api.owner.conversation.list({ workspaceId: fx.workspaceId });
    expect(listed.map((c) => c.contactExternalId)).toEqual(['real-visitor']);
    expect(await count('simulations')).toBeGreaterThan(0);
  });
});
