import {
  createEmptyFlowDocument,
  type Effect,
  type FlowDocument,
  type NodeType,
  nodeCatalogue,
} from '@/core';
import type { Simulation, SimulationStep, TurnTrace } from '@/server/simulator/simulation-schema';

/** Shared fixtures of the trace tests: a small document and hand-built simulations. */

const node = (id: string, type: NodeType, label?: string) =>
  ({
    id,
    type,
    position: { x: 0, y: 0 },
    data: nodeCatalogue[type].defaultData(),
    ...(label ? { label } : {}),
  }) as FlowDocument['nodes'][number];

/** trigger → ask → cond → (branch-1: yes | else: no), plus a second cond → yes edge (else). */
export function traceDoc(): FlowDocument {
  return {
    ...createEmptyFlowDocument(),
    nodes: [
      node('trigger', 'keyword-trigger', 'Hello trigger'),
      node('ask', 'ask', 'Ask city'),
      node('cond', 'condition'),
      node('yes', 'send-message', 'Say yes'),
      node('no', 'send-message', 'Say no'),
    ],
    edges: [
      { id: 'e-trigger-ask', source: 'trigger', sourcePort: 'out', target: 'ask' },
      { id: 'e-ask-cond', source: 'ask', sourcePort: 'answer', target: 'cond' },
      { id: 'e-cond-yes', source: 'cond', sourcePort: 'branch-1', target: 'yes' },
      { id: 'e-cond-yes-2', source: 'cond', sourcePort: 'else', target: 'yes' },
      { id: 'e-cond-no', source: 'cond', sourcePort: 'branch-2', target: 'no' },
    ],
  };
}

export const entered = (...ids: string[]): Effect[] =>
  ids.map((nodeId) => ({ type: 'mark', mark: 'node-entered', nodeId }));

export function turn(effects: Effect[], overrides: Partial<TurnTrace> = {}): TurnTrace {
  return {
    cause: { kind: 'event', event: { type: 'text', text: 'hi' } },
    at: 1_700_000_000_000,
    conversationId: 'conv-1',
    newConversation: false,
    closed: null,
    effects,
    status: 'active',
    wait: null,
    variables: {},
    ...overrides,
  };
}

export function step(turns: TurnTrace[], overrides: Partial<SimulationStep> = {}): SimulationStep {
  return {
    action: { type: 'event', event: { type: 'text', text: 'hi' } },
    at: 1_700_000_000_000,
    clockAfter: 1_700_000_000_000,
    replies: [],
    turns,
    http: [],
    ...overrides,
  };
}

type ConversationOptions = {
  currentNodeId?: string | null;
  wait?: NonNullable<Simulation['conversation']>['state']['wait'];
  variables?: Record<string, unknown>;
};

export function simulation(
  steps: SimulationStep[],
  conversation: ConversationOptions | null = {},
  overrides: Partial<Simulation> = {},
): Simulation {
  return {
    version: 1,
    setup: {
      channel: 'wechat_mp',
      startAt: 1_700_000_000_000,
      seed: 1,
      contact: { tags: [], fields: {} },
      sessionTimeoutMinutes: 30,
    },
    clock: 1_700_000_000_000,
    rng: 1,
    contact: { name: 'Lin', tags: ['vip'], fields: { city: 'Paris' } },
    conversation: conversation && {
      id: 'conv-1',
      status: 'active',
      turn: 2,
      startedAt: 1_700_000_000_000,
      lastActivity: 1_700_000_060_000,
      state: {
        version: 1,
        flowHash: 'hash',
        contact: { id: 'sim', channel: 'wechat_mp', tags: [], fields: {} },
        currentNodeId: conversation.currentNodeId ?? null,
        wait: conversation.wait ?? null,
        variables: (conversation.variables ?? {}) as Record<string, never>,
        triggerCounters: {},
        trail: [],
        sequence: 0,
      },
    },
    timers: [],
    steps,
    ...overrides,
  };
}
