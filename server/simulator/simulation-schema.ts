import { z } from 'zod';
import {
  conversationStateSchema,
  effectSchema,
  inboundEventSchema,
  messageSchema,
  recordedHttpSchema,
  simulatedContactSchema,
  simulationActionSchema,
  simulationSetupSchema,
  waitSchema,
} from '@/core';

export const SIMULATION_VERSION = 1;
/** Steps one simulation keeps; beyond it the tester resets (or saves a test case first). */
export const MAX_SIMULATION_STEPS = 300;

/** One engine turn of a step: what started it, and what the flow did (replies are kept on the step). */
export const turnTraceSchema = z.object({
  cause: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('event'), event: inboundEventSchema }),
    z.object({ kind: z.literal('restart'), nodeId: z.string() }),
  ]),
  at: z.number(),
  conversationId: z.string(),
  newConversation: z.boolean(),
  /** How the previous conversation closed when this turn started a new one. */
  closed: z.enum(['ended', 'expired']).nullable(),
  /** Every effect but sends, in order: node-entered marks draw the path on the canvas. */
  effects: z.array(effectSchema),
  /** The conversation after the turn. */
  status: z.enum(['active', 'handoff']),
  wait: waitSchema.nullable(),
  variables: z.record(z.string(), z.unknown()),
});

export type TurnTrace = z.infer<typeof turnTraceSchema>;

export const simulatedReplySchema = z.object({
  message: messageSchema,
  nodeId: z.string().nullable(),
  at: z.number(),
  /** Index of the turn (in the step's `turns`) that sent it. */
  turn: z.int(),
});

export type SimulatedReply = z.infer<typeof simulatedReplySchema>;

export const simulationStepSchema = z.object({
  action: simulationActionSchema,
  /** The clock when the step began, and after it. */
  at: z.number(),
  clockAfter: z.number(),
  replies: z.array(simulatedReplySchema),
  turns: z.array(turnTraceSchema),
  /** HTTP requests the step's turns made, with their responses (replayed when run as a test case). */
  http: z.array(recordedHttpSchema.extend({ durationMs: z.number().default(0) })),
});

export type SimulationStep = z.infer<typeof simulationStepSchema>;

export const pendingTimerSchema = z.object({ timerId: z.string(), fireAt: z.number(), nodeId: z.string() });

/**
 * A simulation of one flow's draft for one tester: its own clock, random source, test contact and
 * conversation, and the steps taken. Stored apart from contacts, conversations, messages and
 * analytics, so simulator data never mixes with real data.
 */
export const simulationSchema = z.object({
  version: z.literal(SIMULATION_VERSION),
  setup: simulationSetupSchema,
  clock: z.number(),
  /** State of the seeded random source. */
  rng: z.number(),
  contact: simulatedContactSchema,
  conversation: z
    .object({
      id: z.string(),
      status: z.enum(['active', 'handoff']),
      state: conversationStateSchema,
      turn: z.int(),
      startedAt: z.number(),
      lastActivity: z.number(),
    })
    .nullable(),
  timers: z.array(pendingTimerSchema),
  steps: z.array(simulationStepSchema).max(MAX_SIMULATION_STEPS),
});

export type Simulation = z.infer<typeof simulationSchema>;
