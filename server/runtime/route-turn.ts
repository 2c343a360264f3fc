import {
  initialConversationState,
  step,
  type CompiledFlow,
  type Contact,
  type ConversationState,
  type Effect,
  type InboundEvent,
  type StepOptions,
} from '@/core';

export interface LiveFlow {
  versionId: string;
  flowId: string;
}

/** The outcome of one event on one flow version (or on none, when nothing is live). */
export interface FlowRun {
  versionId: string | null;
  state: ConversationState | null;
  effects: Effect[];
}

export interface RouteTurnOptions {
  event: InboundEvent;
  /** The account's live flows in merge order (priority, then most recently deployed). */
  live: LiveFlow[];
  /** The contact's open conversation, if it may continue. */
  current: { versionId: string | null; flowId: string | null; status: string; state: unknown } | null;
  contact: Contact;
  load: (versionId: string) => Promise<CompiledFlow>;
  stepOptions: StepOptions;
}

export interface RoutedTurn {
  run: FlowRun;
  /** True when `run` continues the open conversation; false when a new conversation starts. */
  continues: boolean;
  /** The hops taken through go-to-flow, for analytics. */
  hops: string[];
}

const MAX_FLOW_HOPS = 3;

const matched = (effects: Effect[]) => effects.some((e) => e.type === 'mark' && e.mark === 'rule-matched');

/**
 * Decides which flow version handles an event, and runs it (pure `step`, no IO but loading compiled
 * versions). An open conversation keeps its pinned version while it waits for something (an answer,
 * a timer, an HTTP result, a human) or when one of its own triggers matches; when it is idle and
 * another live flow's trigger matches, that flow starts a new conversation. Without an open
 * conversation the first live flow (in merge order) whose trigger matches wins, else the first with a
 * fallback, else the first. A `go-to-flow` effect hands the same event to the target flow's live
 * version (at most MAX_FLOW_HOPS times), keeping the replies sent before the jump.
 */
export async function routeTurn(options: RouteTurnOptions): Promise<RoutedTurn> {
  const { event, live, current, contact, load, stepOptions } = options;
  const fresh = async (versionId: string): Promise<FlowRun> => {
    const compiled = await load(versionId);
    const result = step(compiled, initialConversationState({ compiled, contact }), event, stepOptions);
    return { versionId, state: result.state, effects: result.effects };
  };

  let routed: RoutedTurn | null = null;
  if (current?.versionId) {
    const compiled = await load(current.versionId);
    const state = { ...(current.state as ConversationState), contact };
    const result = step(compiled, state, event, stepOptions);
    const run: FlowRun = { versionId: current.versionId, state: result.state, effects: result.effects };
    const idle = state.wait === null && current.status === 'active';
    routed = { run, continues: true, hops: [] };
    if (idle && !matched(result.effects)) {
      for (const flow of live) {
        if (flow.flowId === current.flowId) continue;
        const other = await fresh(flow.versionId);
        if (matched(other.effects)) {
          routed = { run: other, continues: false, hops: [] };
          break;
        }
      }
    }
  } else if (live.length > 0) {
    let fallback: FlowRun | null = null;
    let first: FlowRun | null = null;
    for (const flow of live) {
      const candidate = await fresh(flow.versionId);
      first ??= candidate;
      if (matched(candidate.effects)) {
        routed = { run: candidate, continues: false, hops: [] };
        break;
      }
      if (!fallback && candidate.effects.some((e) => e.type === 'mark' && e.mark === 'fallback-hit'))
        fallback = candidate;
    }
    routed ??= { run: fallback ?? first!, continues: false, hops: [] };
  } else {
    return { run: { versionId: null, state: null, effects: [] }, continues: false, hops: [] };
  }

  // go-to-flow: the target flow's live version takes over with the same event.
  for (let hop = 0; hop < MAX_FLOW_HOPS; hop += 1) {
    const jump: Effect | undefined = routed.run.effects.findLast((e) => e.type === 'go-to-flow');
    if (!jump || jump.type !== 'go-to-flow') break;
    const target = live.find((f) => f.flowId === jump.flowId);
    const before: Effect[] = routed.run.effects.filter((e) => e.type !== 'go-to-flow');
    if (!target) {
      routed.run.effects = [
        ...before,
        {
          type: 'diagnostic',
          code: 'missing-node',
          message: `go-to-flow: flow ${jump.flowId} is not live here`,
        },
      ];
      break;
    }
    const next = await fresh(target.versionId);
    routed = {
      run: { ...next, effects: [...before, ...next.effects] },
      continues: false,
      hops: [...routed.hops, jump.flowId],
    };
  }
  return routed;
}
