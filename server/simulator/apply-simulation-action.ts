import {
  MAX_INSTANT,
  initialConversationState,
  seededRandom,
  startAtNode,
  type CompiledFlow,
  type ConversationState,
  type Effect,
  type InboundEvent,
  type SimulationAction,
} from '@/core';
import { planTurn } from '../runtime/plan-turn';
import type { LiveFlow } from '../runtime/route-turn';
import type { ContactRow, LoadRow, TurnInput } from '../runtime/turn-types';
import { SimulationError } from './simulation-error';
import {
  MAX_SIMULATION_STEPS,
  type Simulation,
  type SimulationStep,
  type TurnTrace,
} from './simulation-schema';

export type HttpRequestEffect = Extract<Effect, { type: 'http-request' }>;

export interface SimulatedHttpResponse {
  status: number;
  body?: unknown;
  error: string | null;
  durationMs?: number;
}

export interface SimulationTarget {
  /** The draft, compiled. */
  compiled: CompiledFlow;
  flowId: string;
  /** Performs an HTTP request node's call (for real in the simulator; replayed in test runs). */
  http: (call: { nodeId: string; request: HttpRequestEffect }) => Promise<SimulatedHttpResponse>;
}

/** The simulated draft's stand-in version id (a simulated conversation always runs the current draft). */
const DRAFT = 'draft';
const SIMULATOR = 'simulator';
/** The test contact's id: the seed picks it, so a sticky random split can be tried on either branch. */
const contactIdOf = (simulation: Simulation) => `simulator-${simulation.setup.seed}`;
const MAX_TIMERS_PER_STEP = 200;
const MAX_HTTP_PER_STEP = 20;

/**
 * Applies one action to a simulation and returns the next simulation (the given one is not
 * changed), with the step recorded. Turns are decided by the production runtime's planner
 * (`planTurn`: session expiry, routing, core's `step`), with the simulation's clock, random source
 * and test contact; only persistence differs. Throws SimulationError when the action cannot apply.
 */
export async function applySimulationAction(options: {
  target: SimulationTarget;
  simulation: Simulation;
  action: SimulationAction;
}): Promise<Simulation> {
  const { target, action } = options;
  if (options.simulation.steps.length >= MAX_SIMULATION_STEPS)
    throw new SimulationError(
      'SIMULATION_TOO_LONG',
      `A simulation keeps at most ${MAX_SIMULATION_STEPS} steps; reset it to go on.`,
    );
  // Recorded steps are never changed, so the history is shared rather than cloned (no quadratic cost).
  const { steps: history, ...current } = options.simulation;
  const sim: Simulation = { ...structuredClone(current), steps: [...history] };
  const random = seededRandom(sim.rng);
  const step: SimulationStep = {
    action,
    at: sim.clock,
    clockAfter: sim.clock,
    replies: [],
    turns: [],
    http: [],
  };
  const live: LiveFlow[] = [{ versionId: DRAFT, flowId: target.flowId }];
  let httpCalls = 0;
  let timersFired = 0;

  const contactRow = (): ContactRow => ({
    id: contactIdOf(sim),
    external_id: contactIdOf(sim),
    display_name: sim.contact.name ?? null,
    tags: sim.contact.tags,
    fields: sim.contact.fields,
    last_seen_ms: sim.clock,
    channel_type: sim.setup.channel,
    channel_config: null,
  });

  const loadRow = (): LoadRow => {
    const c = sim.conversation;
    return {
      conversation_id: c?.id ?? null,
      flow_version_id: c ? DRAFT : null,
      status: c?.status ?? null,
      state: c?.state ?? null,
      turn: c?.turn ?? null,
      last_activity_ms: c?.lastActivity ?? null,
      session_timeout_minutes: sim.setup.sessionTimeoutMinutes,
      settings: {},
      deployment_revision: 0,
      account_updated_ms: 0,
      duplicate_of: null,
    };
  };

  /** Records a turn's outcome, then performs its HTTP call (feeding the result back as a turn). */
  const record = async (outcome: {
    cause: TurnTrace['cause'];
    conversationId: string;
    newConversation: boolean;
    closed: 'ended' | 'expired' | null;
    status: 'active' | 'handoff';
    state: ConversationState;
    effects: Effect[];
    turn: number;
  }): Promise<void> => {
    const { state, effects } = outcome;
    const previous = sim.conversation;
    sim.conversation = {
      id: outcome.conversationId,
      status: outcome.status,
      state,
      turn: outcome.turn,
      startedAt: outcome.newConversation || !previous ? sim.clock : previous.startedAt,
      lastActivity: sim.clock,
    };
    sim.contact = { ...sim.contact, tags: state.contact.tags, fields: state.contact.fields };
    const turnIndex = step.turns.length;
    for (const e of effects)
      if (e.type === 'send')
        step.replies.push({ message: e.message, nodeId: e.nodeId, at: sim.clock, turn: turnIndex });
    const waitTimer = state.wait && 'timerId' in state.wait ? state.wait.timerId : null;
    const scheduled = effects.flatMap((e) =>
      e.type === 'schedule-timer'
        ? [{ timerId: e.timerId, fireAt: e.fireAt, nodeId: state.wait?.nodeId ?? '' }]
        : [],
    );
    // Only the timer the conversation waits on can still fire. Timer ids restart with each conversation,
    // so a new conversation drops the previous one's timers rather than matching them by id.
    const kept = outcome.newConversation ? [] : sim.timers;
    sim.timers = [...kept, ...scheduled].filter((t) => t.timerId === waitTimer);
    step.turns.push({
      cause: outcome.cause,
      at: sim.clock,
      conversationId: outcome.conversationId,
      newConversation: outcome.newConversation,
      closed: outcome.closed,
      effects: effects.filter((e) => e.type !== 'send'),
      status: outcome.status,
      wait: state.wait,
      variables: state.variables,
    });
    const request = effects.find((e): e is HttpRequestEffect => e.type === 'http-request');
    if (!request || state.wait?.kind !== 'http') return;
    httpCalls += 1;
    if (httpCalls > MAX_HTTP_PER_STEP)
      throw new SimulationError(
        'TOO_MANY_HTTP',
        `More than ${MAX_HTTP_PER_STEP} HTTP requests in one step; the flow may loop through an HTTP request.`,
      );
    const nodeId = state.wait.nodeId;
    const response = await target.http({ nodeId, request });
    step.http.push({
      nodeId,
      request: { method: request.method, url: request.url, headers: request.headers, body: request.body },
      response: { status: response.status, body: response.body, error: response.error },
      durationMs: response.durationMs ?? 0,
    });
    await turn({
      kind: 'event',
      event: {
        type: 'http-result',
        requestId: request.requestId,
        status: response.status,
        body: response.body,
      },
    });
  };

  const turn = async (input: { kind: 'inbound' | 'event'; event: InboundEvent }): Promise<void> => {
    const current = sim.conversation;
    if (input.kind === 'event' && !current) return;
    const turnInput: TurnInput =
      input.kind === 'inbound'
        ? {
            kind: 'inbound',
            channel: { id: SIMULATOR, workspaceId: SIMULATOR, accountId: SIMULATOR, type: sim.setup.channel },
            externalId: contactIdOf(sim),
            displayName: sim.contact.name ?? null,
            channelMessageId: `simulated-${sim.steps.length}`,
            event: input.event,
            isTest: true,
          }
        : {
            kind: 'event',
            conversationId: current!.id,
            accountId: SIMULATOR,
            event: input.event,
            deliverReplies: false,
          };
    const plan = await planTurn({
      input: turnInput,
      contact: contactRow(),
      load: loadRow(),
      live,
      where: {
        channelId: SIMULATOR,
        workspaceId: SIMULATOR,
        accountId: SIMULATOR,
        isTest: true,
        channelType: sim.setup.channel,
      },
      now: new Date(sim.clock),
      random: random.next,
      flow: () => Promise.resolve({ compiled: target.compiled, flowId: target.flowId }),
    });
    if (!plan || !plan.run.state) return;
    await record({
      cause: { kind: 'event', event: input.event },
      conversationId: plan.conversationId,
      newConversation: plan.shape.newConversation,
      closed: plan.values.previousStatus as 'ended' | 'expired' | null,
      status: plan.status,
      state: plan.run.state,
      effects: plan.effects,
      turn: plan.turn,
    });
  };

  const moveClock = async (to: number): Promise<void> => {
    for (;;) {
      const due = sim.timers.filter((t) => t.fireAt <= to).sort((a, b) => a.fireAt - b.fireAt)[0];
      if (!due) break;
      timersFired += 1;
      if (timersFired > MAX_TIMERS_PER_STEP)
        throw new SimulationError(
          'TOO_MANY_TIMERS',
          `More than ${MAX_TIMERS_PER_STEP} timers fired in one clock move; the flow may loop through a delay.`,
        );
      sim.clock = Math.max(sim.clock, due.fireAt);
      sim.timers = sim.timers.filter((t) => t !== due);
      await turn({ kind: 'event', event: { type: 'timer-fired', timerId: due.timerId } });
    }
    sim.clock = Math.max(sim.clock, to);
  };

  switch (action.type) {
    case 'event':
      await turn({ kind: 'inbound', event: action.event });
      break;
    case 'advance':
      await moveClock(Math.min(sim.clock + action.ms, MAX_INSTANT));
      break;
    case 'set-clock':
      if (action.at >= sim.clock) await moveClock(action.at);
      else sim.clock = action.at;
      break;
    case 'release-handoff':
      if (sim.conversation?.status !== 'handoff')
        throw new SimulationError('NOT_IN_HANDOFF', 'The conversation is not with a human agent.');
      await turn({ kind: 'event', event: { type: 'handoff-released' } });
      break;
    case 'set-contact':
      sim.contact = action.contact;
      break;
    case 'restart': {
      if (!target.compiled.nodes[action.nodeId])
        throw new SimulationError('NODE_NOT_FOUND', `The flow has no node "${action.nodeId}" to start at.`);
      const contact = {
        id: contactIdOf(sim),
        channel: sim.setup.channel,
        ...(sim.contact.name ? { name: sim.contact.name } : {}),
        tags: sim.contact.tags,
        fields: sim.contact.fields,
      };
      const started = startAtNode(
        target.compiled,
        initialConversationState({ compiled: target.compiled, contact }),
        action.nodeId,
        { now: new Date(sim.clock), random: random.next },
      );
      await record({
        cause: { kind: 'restart', nodeId: action.nodeId },
        conversationId: crypto.randomUUID(),
        newConversation: true,
        closed: sim.conversation ? 'ended' : null,
        status: started.effects.some((e) => e.type === 'handoff') ? 'handoff' : 'active',
        state: started.state,
        effects: started.effects,
        turn: 1,
      });
      break;
    }
  }
  sim.rng = random.state();
  step.clockAfter = sim.clock;
  sim.steps.push(step);
  return sim;
}
