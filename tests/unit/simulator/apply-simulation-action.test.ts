import { describe, expect, it } from 'vitest';
import { compileFlow, type CompiledFlow, type SimulationAction, type TestCase } from '@/core';
import { defineExampleDocument } from '@/core/examples/define-example-document';
import { applySimulationAction, type SimulationTarget } from '@/server/simulator/apply-simulation-action';
import { newSimulation } from '@/server/simulator/new-simulation';
import { NOT_RECORDED, runTestCase } from '@/server/simulator/run-test-case';
import { SimulationError } from '@/server/simulator/simulation-error';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { testCaseFromSimulation } from '@/server/simulator/test-case-from-simulation';

const text = (value: string) => ({ kind: 'text' as const, text: value });
const START = Date.parse('2026-11-23T02:00:00Z');

function compiled(nodes: unknown[], edges: [string, string, string][]): CompiledFlow {
  const result = compileFlow(defineExampleDocument({ document: {}, nodes: nodes as never, edges }));
  if (!result.compiled) throw new Error(JSON.stringify(result.diagnostics));
  return result.compiled;
}

const flow = compiled(
  [
    { id: 'kw-pick', type: 'keyword-trigger', data: { keywords: ['pick'], match: 'exact' } },
    { id: 'send-any', type: 'send-message', data: { messages: [text('A'), text('B')], mode: 'random' } },
    { id: 'kw-split', type: 'keyword-trigger', data: { keywords: ['split'], match: 'exact' } },
    {
      id: 'split',
      type: 'random-split',
      data: {
        variants: [
          { id: 'a', weight: 1 },
          { id: 'b', weight: 1 },
        ],
      },
    },
    { id: 'send-a', type: 'send-message', data: { messages: [text('variant a')] } },
    { id: 'send-b', type: 'send-message', data: { messages: [text('variant b')] } },
    { id: 'kw-vip', type: 'keyword-trigger', data: { keywords: ['vip'], match: 'exact' } },
    {
      id: 'is-vip',
      type: 'condition',
      data: { branches: [{ id: 'yes', label: 'VIP', conditions: [{ kind: 'has-tag', tag: 'vip' }] }] },
    },
    { id: 'send-vip', type: 'send-message', data: { messages: [text('Hello {{contact.name}}, VIP!')] } },
    { id: 'send-regular', type: 'send-message', data: { messages: [text('Hello.')] } },
    { id: 'kw-human', type: 'keyword-trigger', data: { keywords: ['human'], match: 'exact' } },
    { id: 'handoff', type: 'handoff', data: { messages: [text('Connecting you…')], reason: 'asked' } },
    { id: 'send-back', type: 'send-message', data: { messages: [text('The bot is back.')] } },
    { id: 'kw-loop', type: 'keyword-trigger', data: { keywords: ['loop'], match: 'exact' } },
    { id: 'delay-loop', type: 'delay', data: { seconds: 1 } },
    { id: 'send-tick', type: 'send-message', data: { messages: [text('tick')] } },
    { id: 'kw-api', type: 'keyword-trigger', data: { keywords: ['api'], match: 'exact' } },
    { id: 'http', type: 'http-request', data: { url: 'https://api.example.com/x', responseMappings: [] } },
    { id: 'send-ok', type: 'send-message', data: { messages: [text('ok')] } },
    { id: 'send-down', type: 'send-message', data: { messages: [text('down')] } },
  ],
  [
    ['kw-pick', 'out', 'send-any'],
    ['kw-split', 'out', 'split'],
    ['split', 'a', 'send-a'],
    ['split', 'b', 'send-b'],
    ['kw-vip', 'out', 'is-vip'],
    ['is-vip', 'yes', 'send-vip'],
    ['is-vip', 'else', 'send-regular'],
    ['kw-human', 'out', 'handoff'],
    ['handoff', 'released', 'send-back'],
    ['kw-loop', 'out', 'delay-loop'],
    ['delay-loop', 'out', 'send-tick'],
    ['send-tick', 'out', 'delay-loop'],
    ['kw-api', 'out', 'http'],
    ['http', 'success', 'send-ok'],
    ['http', 'error', 'send-down'],
  ],
);

const noHttp: SimulationTarget['http'] = () => Promise.reject(new Error('no HTTP expected'));
const target = (http = noHttp): SimulationTarget => ({ compiled: flow, flowId: 'f', http });
const say = (t: string): SimulationAction => ({ type: 'event', event: { type: 'text', text: t } });

async function run(
  actions: SimulationAction[],
  options: { seed?: number; http?: SimulationTarget['http'] } = {},
) {
  let simulation = fresh(options.seed);
  for (const action of actions)
    simulation = await applySimulationAction({ target: target(options.http), simulation, action });
  return simulation;
}
function fresh(seed = 1): Simulation {
  return newSimulation({
    channel: 'wechat_mp',
    startAt: START,
    seed,
    contact: { tags: [], fields: {} },
    sessionTimeoutMinutes: 30,
  });
}
const replies = (s: Simulation) => s.steps.flatMap((step) => step.replies.map((r) => describe1(r.message)));
const describe1 = (m: { kind: string; text?: string }) => (m.kind === 'text' ? m.text : m.kind);

describe('applySimulationAction', () => {
  it('replays random splits identically for a seed, and carries the random state across steps', async () => {
    const picks = async (seed: number) =>
      replies(
        await run(
          Array.from({ length: 12 }, () => say('pick')),
          { seed },
        ),
      );
    const first = await picks(7);
    expect(await picks(7)).toEqual(first);
    expect(new Set(first)).toEqual(new Set(['A', 'B']));
    expect(await picks(8)).not.toEqual(first);
  });

  it('keeps a random split sticky for the test contact, which the seed chooses', async () => {
    const variants = async (seed: number) => replies(await run([say('split'), say('split')], { seed }));
    const seen = new Set<string>();
    for (let seed = 1; seed <= 12; seed += 1) {
      const [first, second] = await variants(seed);
      expect(second).toBe(first);
      seen.add(first!);
    }
    expect(seen).toEqual(new Set(['variant a', 'variant b']));
  });

  it('uses the contact profile set mid-simulation', async () => {
    const s = await run([
      say('vip'),
      { type: 'set-contact', contact: { name: 'Mei', tags: ['vip'], fields: {} } },
      say('vip'),
    ]);
    expect(replies(s)).toEqual(['Hello.', 'Hello Mei, VIP!']);
    expect(s.steps[1]!.replies).toEqual([]);
  });

  it('holds messages during a handoff until it is released', async () => {
    let s = await run([say('human'), say('pick')]);
    expect(replies(s)).toEqual(['Connecting you…']);
    expect(s.conversation!.status).toBe('handoff');
    s = await applySimulationAction({ target: target(), simulation: s, action: { type: 'release-handoff' } });
    expect(replies(s)).toEqual(['Connecting you…', 'The bot is back.']);
    await expect(
      applySimulationAction({ target: target(), simulation: s, action: { type: 'release-handoff' } }),
    ).rejects.toMatchObject({ code: 'NOT_IN_HANDOFF' });
  });

  it('fires due timers in order on a forward clock move, none on a backward one, and stops a runaway loop', async () => {
    let s = await run([say('loop'), { type: 'advance', ms: 3_500 }]);
    expect(replies(s)).toEqual(['tick', 'tick', 'tick']);
    expect(s.clock).toBe(START + 3_500);
    expect(s.timers).toEqual([{ timerId: expect.any(String), fireAt: START + 4_000, nodeId: 'delay-loop' }]);
    s = await applySimulationAction({
      target: target(),
      simulation: s,
      action: { type: 'set-clock', at: START },
    });
    expect(s.steps.at(-1)!.replies).toEqual([]);
    expect(s.clock).toBe(START);
    const runaway = applySimulationAction({
      target: target(),
      simulation: s,
      action: { type: 'advance', ms: 3_600_000 },
    });
    await expect(runaway).rejects.toBeInstanceOf(SimulationError);
    await expect(runaway).rejects.toMatchObject({ code: 'TOO_MANY_TIMERS' });
  });

  it("drops the previous conversation's timers when a new conversation starts (timer ids restart)", async () => {
    // A delay waits at 00:00 (fires at +1 s); a restart at +0.5 s starts the same delay again.
    let s = await run([say('loop'), { type: 'advance', ms: 500 }, { type: 'restart', nodeId: 'delay-loop' }]);
    expect(s.timers).toEqual([{ timerId: expect.any(String), fireAt: START + 1_500, nodeId: 'delay-loop' }]);
    s = await applySimulationAction({
      target: target(),
      simulation: s,
      action: { type: 'advance', ms: 700 },
    });
    expect(s.steps.at(-1)!.replies).toEqual([]);
    s = await applySimulationAction({
      target: target(),
      simulation: s,
      action: { type: 'advance', ms: 300 },
    });
    expect(replies({ ...s, steps: s.steps.slice(-1) })).toEqual(['tick']);
  });

  it('stops a step that loops through HTTP requests', async () => {
    const retrying = compiled(
      [
        { id: 'kw', type: 'keyword-trigger', data: { keywords: ['api'], match: 'exact' } },
        { id: 'http', type: 'http-request', data: { url: 'https://api.example.com/x' } },
        { id: 'ok', type: 'send-message', data: { messages: [text('ok')] } },
      ],
      [
        ['kw', 'out', 'http'],
        ['http', 'error', 'http'],
        ['http', 'success', 'ok'],
      ],
    );
    const down = () => Promise.resolve({ status: 503, body: null, error: null });
    await expect(
      applySimulationAction({
        target: { compiled: retrying, flowId: 'f', http: down },
        simulation: fresh(),
        action: say('api'),
      }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_HTTP' });
  });

  it('records HTTP exchanges, and a test run replays them (a missing recording fails like a network error)', async () => {
    const calls: string[] = [];
    const s = await run([say('api')], {
      http: ({ request }) => {
        calls.push(request.url);
        return Promise.resolve({ status: 200, body: { fine: true }, error: null, durationMs: 12 });
      },
    });
    expect(calls).toEqual(['https://api.example.com/x']);
    expect(replies(s)).toEqual(['ok']);
    expect(s.steps[0]!.http[0]).toMatchObject({ nodeId: 'http', response: { status: 200 }, durationMs: 12 });

    const testCase: TestCase = testCaseFromSimulation(s, 'api');
    expect((await runTestCase({ compiled: flow, flowId: 'f', testCase })).passed).toBe(true);
    const withoutRecording = { ...testCase, steps: testCase.steps.map((step) => ({ ...step, http: [] })) };
    const result = await runTestCase({ compiled: flow, flowId: 'f', testCase: withoutRecording });
    expect(result.passed).toBe(false);
    expect(result.steps[0]!.lines).toEqual([
      { kind: 'changed', index: 0, expected: ['ok'], actual: ['down'] },
    ]);
    expect(NOT_RECORDED).toMatch(/recorded/);
  });

  it('refuses to grow past its step limit, leaving the simulation unchanged', async () => {
    const full = await run([say('pick')]);
    full.steps = Array.from({ length: 300 }, () => full.steps[0]!);
    await expect(
      applySimulationAction({ target: target(), simulation: full, action: say('pick') }),
    ).rejects.toMatchObject({
      code: 'SIMULATION_TOO_LONG',
    });
    expect(full.steps).toHaveLength(300);
  });

  it('shows a step budget hit as a diagnostic of the turn', async () => {
    const looping = compiled(
      [
        { id: 'kw', type: 'keyword-trigger', data: { keywords: ['spin'], match: 'exact' } },
        {
          id: 'check',
          type: 'condition',
          data: {
            branches: [
              { id: 'no', label: 'no tag', conditions: [{ kind: 'has-tag', tag: 'x', negate: true }] },
            ],
          },
        },
        { id: 'again', type: 'go-to', data: { target: 'node', nodeId: 'check' } },
      ],
      [
        ['kw', 'out', 'check'],
        ['check', 'no', 'again'],
      ],
    );
    const s = await applySimulationAction({
      target: { compiled: looping, flowId: 'f', http: noHttp },
      simulation: fresh(),
      action: say('spin'),
    });
    const diagnostics = s.steps[0]!.turns[0]!.effects.filter((e) => e.type === 'diagnostic');
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'step-budget-exceeded' })]);
  });
});
