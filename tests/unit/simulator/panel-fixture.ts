import type { Simulation, SimulationStep, TurnTrace } from '@/server/simulator/simulation-schema';

/** A turn trace with defaults; tests override what they look at. */
export function turn(overrides: Partial<TurnTrace> = {}): TurnTrace {
  return {
    cause: { kind: 'event', event: { type: 'text', text: 'hi' } },
    at: 0,
    conversationId: 'c1',
    newConversation: false,
    closed: null,
    effects: [],
    status: 'active',
    wait: null,
    variables: {},
    ...overrides,
  };
}

export function step(overrides: Partial<SimulationStep> & Pick<SimulationStep, 'action'>): SimulationStep {
  return { at: 0, clockAfter: 0, replies: [], turns: [], http: [], ...overrides };
}

export function simulation(steps: SimulationStep[]): Simulation {
  return {
    version: 1,
    setup: {
      channel: 'wechat_mp',
      startAt: 0,
      seed: 1,
      contact: { tags: [], fields: {} },
      sessionTimeoutMinutes: 30,
    },
    clock: steps.at(-1)?.clockAfter ?? 0,
    rng: 1,
    contact: { tags: [], fields: {} },
    conversation: null,
    timers: [],
    steps,
  };
}
