import { z } from 'zod';
import { variableValueSchema } from '../document/flow-document-schema';

export const CONVERSATION_STATE_VERSION = 1;
export const TRAIL_LENGTH = 50;

export const contactSchema = z.object({
  id: z.string(),
  channel: z.string().default('web'),
  name: z.string().optional(),
  tags: z.array(z.string()).default([]),
  fields: z.record(z.string(), z.string()).default({}),
});

/** What the conversation is waiting for, if anything. */
export const waitSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('answer'),
    nodeId: z.string(),
    attempts: z.int(),
    timerId: z.string().nullable(),
  }),
  z.object({ kind: z.literal('timer'), nodeId: z.string(), timerId: z.string() }),
  z.object({ kind: z.literal('http'), nodeId: z.string(), requestId: z.string() }),
  z.object({ kind: z.literal('handoff'), nodeId: z.string() }),
]);

/** The persisted state of one conversation, carried from step to step. */
export const conversationStateSchema = z.object({
  version: z.literal(CONVERSATION_STATE_VERSION),
  /** Hash of the compiled flow this state belongs to. */
  flowHash: z.string(),
  contact: contactSchema,
  currentNodeId: z.string().nullable(),
  wait: waitSchema.nullable(),
  variables: z.record(z.string(), variableValueSchema),
  /** Per trigger node: firings today (flow time zone) and the last firing (epoch ms). */
  triggerCounters: z.record(z.string(), z.object({ day: z.string(), count: z.int(), lastAt: z.number() })),
  /** The most recent nodes entered, oldest first, at most TRAIL_LENGTH. */
  trail: z.array(z.object({ nodeId: z.string(), at: z.number() })),
  /** Source of unique timer and request ids. */
  sequence: z.int(),
});

export type ConversationState = z.infer<typeof conversationStateSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Wait = z.infer<typeof waitSchema>;
