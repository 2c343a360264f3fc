import { z } from 'zod';
import { inboundEventSchema } from '../engine/inbound-event-schema';

/** The latest instant a Date can hold (epoch ms). */
export const MAX_INSTANT = 8.64e15;

/** What a tester can send: the inbound events a contact causes (the runtime feeds the others). */
export const userEventSchema = inboundEventSchema.refine(
  (event) => !['timer-fired', 'http-result', 'handoff-released'].includes(event.type),
  { error: 'Timer firings, HTTP results and handoff releases are produced by the simulator itself.' },
);

export const simulatedContactSchema = z.object({
  /** The contact's nickname, as the channel reports it. */
  name: z.string().max(100).optional(),
  tags: z.array(z.string().min(1).max(50)).max(50).default([]),
  fields: z
    .record(z.string().min(1).max(50), z.string().max(1000))
    .refine((r) => Object.keys(r).length <= 50, { error: 'At most 50 custom fields' })
    .default({}),
});

export type SimulatedContact = z.infer<typeof simulatedContactSchema>;

/**
 * One thing done in a simulation, and so one step of a test case:
 * - `event`: the contact sends a message or causes an event (follow, scan, menu click, …);
 * - `advance`: fast-forward the clock; timers that fall due on the way fire, in order;
 * - `set-clock`: move the clock to an instant (forward: due timers fire on the way; back: none);
 * - `restart`: end the conversation and start a new one at a node;
 * - `release-handoff`: a human agent hands the conversation back to the flow;
 * - `set-contact`: change the test contact's nickname, tags and custom fields.
 */
export const simulationActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('event'), event: userEventSchema }),
  z.object({
    type: z.literal('advance'),
    ms: z
      .int()
      .min(0)
      .max(366 * 24 * 3_600_000),
  }),
  z.object({ type: z.literal('set-clock'), at: z.int().min(0).max(MAX_INSTANT) }),
  z.object({ type: z.literal('restart'), nodeId: z.string().min(1).max(100) }),
  z.object({ type: z.literal('release-handoff') }),
  z.object({ type: z.literal('set-contact'), contact: simulatedContactSchema }),
]);

export type SimulationAction = z.infer<typeof simulationActionSchema>;

/** The channels a simulation can imitate (the contact's `channel`, and how replies are drawn). */
export const simulatedChannels = ['wechat_mp', 'wecom', 'webchat', 'webhook'] as const;
export type SimulatedChannel = (typeof simulatedChannels)[number];

/** How a simulation (and so a test case) starts. */
export const simulationSetupSchema = z.object({
  channel: z.enum(simulatedChannels).default('wechat_mp'),
  /** The simulated clock at the start (epoch ms). */
  startAt: z.int().min(0).max(MAX_INSTANT),
  /** Seed of the random source (random split), so a run replays identically. */
  seed: z.int().min(0).max(0xffffffff).default(1),
  contact: simulatedContactSchema.default({ tags: [], fields: {} }),
  /** Idle minutes after which a conversation expires (the account setting in production). */
  sessionTimeoutMinutes: z.int().min(1).max(10_080).default(30),
});

export type SimulationSetup = z.infer<typeof simulationSetupSchema>;
