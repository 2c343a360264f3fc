import {
  initialConversationState,
  startAtNode,
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
  /** The account's priorities for some of the flow's triggers (`{ nodeId: priority }`). */
  triggerPriorities?: Readonly<Record<string, number>>;
}

/** The outcome of one event on one flow version (or on none, when nothing is live). */
export interface FlowRun {
  versionId: string | null;
  state: ConversationState | null;
  effects: Effect[];
}

export interface RouteTurnOptions {
  event: InboundEvent;
  /** The account's live flows in merge order (flow priority, then most recently deployed, auto replies last). */
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

/** The effective priority of the trigger a run matched, or null when none matched. */
function matchedPriority(
  effects: Effect[],
  compiled: CompiledFlow,
  overrides: Readonly<Record<string, number>> | undefined,
): number | null {
  const mark = effects.find((e) => e.type === 'mark' && e.mark === 'rule-matched');
  if (!mark || mark.type !== 'mark') return null;
  const trigger = compiled.triggers.find((t) => t.nodeId === mark.nodeId);
  return overrides?.[mark.nodeId] ?? trigger?.priority ?? 0;
}

/** The highest effective priority among a flow's triggers (-Infinity without triggers). */
function topPriority(
  compiled: CompiledFlow,
  overrides: Readonly<Record<string, number>> | undefined,
): number {
  let top = -Infinity;
  for (const t of compiled.triggers) top = Math.max(top, overrides?.[t.nodeId] ?? t.priority);
  return top;
}

/**
 * Decides which flow version handles an event, and runs it (pure `step`, no IO but loading compiled
 * versions). Triggers of the live flows are merged in merge order:
 * - an open conversation that waits for something (an answer, a timer, an HTTP result, a human)
 *   keeps its pinned version, which decides (interrupt triggers included);
 * - otherwise the matching trigger with the highest effective priority (the account's override, else
 *   the version's) wins across all live flows, an earlier flow winning a tie (the open conversation's
 *   flow takes part with its own state and pinned version); failing that, the first flow with a
 *   fallback answers;
 *   failing that, the open conversation continues (or the first live flow starts).
 * A `go-to-flow` effect enters the target flow's live version (at most MAX_FLOW_HOPS times), keeping
 * the replies sent before the jump: the target gets the same event when one of its triggers matches
 * it, else starts at its first trigger's node.
 */
export async function routeTurn(options: RouteTurnOptions): Promise<RoutedTurn> {
  const { event, live, current, contact, load, stepOptions } = options;
  const optionsFor = (flowId: string | null | undefined): StepOptions => {
    const triggerPriorities = live.find((f) => f.flowId === flowId)?.triggerPriorities;
    return triggerPriorities ? { ...stepOptions, triggerPriorities } : stepOptions;
  };
  const fresh = async (flow: LiveFlow): Promise<FlowRun> => {
    const compiled = await load(flow.versionId);
    const state = initialConversationState({ compiled, contact });
    const result = step(compiled, state, event, optionsFor(flow.flowId));
    return { versionId: flow.versionId, state: result.state, effects: result.effects };
  };

  let pinned: FlowRun | null = null;
  if (current?.versionId) {
    const compiled = await load(current.versionId);
    const state = { ...(current.state as ConversationState), contact };
    const result = step(compiled, state, event, optionsFor(current.flowId));
    pinned = { versionId: current.versionId, state: result.state, effects: result.effects };
    if (state.wait !== null || current.status !== 'active')
      return hop({ run: pinned, continues: true, hops: [] });
  }
  // Nothing live: the message is kept in the contact's open (flow-less) conversation, unanswered.
  if (!pinned && live.length === 0)
    return {
      run: { versionId: null, state: null, effects: [] },
      continues: current !== null && current.versionId === null,
      hops: [],
    };

  // Every live flow's triggers compete on effective priority; an earlier flow wins a tie. A flow
  // whose highest trigger cannot beat the best match so far is not run.
  let best: { routed: RoutedTurn; priority: number } | null = null;
  let fallback: RoutedTurn | null = null;
  let first: RoutedTurn | null = null;
  for (const flow of live) {
    const isPinned = pinned !== null && flow.flowId === current?.flowId;
    const compiled = await load(isPinned ? current!.versionId! : flow.versionId);
    if (best && topPriority(compiled, flow.triggerPriorities) <= best.priority) continue;
    const candidate: RoutedTurn = {
      run: isPinned ? pinned! : await fresh(flow),
      continues: isPinned,
      hops: [],
    };
    first ??= candidate;
    const hit = matchedPriority(candidate.run.effects, compiled, flow.triggerPriorities);
    if (hit !== null && (best === null || hit > best.priority)) best = { routed: candidate, priority: hit };
    if (!fallback && candidate.run.effects.some((e) => e.type === 'mark' && e.mark === 'fallback-hit'))
      fallback = candidate;
  }
  if (best) return hop(best.routed);
  const chosen = fallback ?? (pinned ? { run: pinned, continues: true, hops: [] } : first!);
  return hop(chosen);

  async function hop(routed: RoutedTurn): Promise<RoutedTurn> {
    for (let n = 0; n < MAX_FLOW_HOPS; n += 1) {
      const jump: Effect | undefined = routed.run.effects.findLast((e) => e.type === 'go-to-flow');
      if (!jump || jump.type !== 'go-to-flow') break;
      const before: Effect[] = routed.run.effects.filter((e) => e.type !== 'go-to-flow');
      const target = live.find((f) => f.flowId === jump.flowId);
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
      let next = await fresh(target);
      const compiled = await load(target.versionId);
      const entry = compiled.triggers[0]?.nodeId;
      if (!matched(next.effects) && entry) {
        const started = startAtNode(
          compiled,
          initialConversationState({ compiled, contact }),
          entry,
          optionsFor(target.flowId),
        );
        next = { versionId: target.versionId, state: started.state, effects: started.effects };
      }
      routed = {
        run: { ...next, effects: [...before, ...next.effects] },
        continues: false,
        hops: [...routed.hops, jump.flowId],
      };
    }
    return routed;
  }
}
