import { z } from 'zod';
import { messageSchema } from '../messages/message-schema';

/** Analytics marks the engine emits while it routes and runs nodes. */
export const markNames = [
  'node-entered',
  'rule-matched',
  'fallback-hit',
  'limit-reached',
  'answer-invalid',
  'answer-accepted',
] as const;

/** What the shell must do after a step. The engine never performs any of these itself. */
export const effectSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('send'), nodeId: z.string(), message: messageSchema }),
  z.object({
    type: z.literal('http-request'),
    requestId: z.string(),
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    url: z.string(),
    headers: z.record(z.string(), z.string()),
    body: z.string().nullable(),
    timeoutMs: z.number(),
  }),
  /** `fireAt` is epoch milliseconds; deliver `{ type: 'timer-fired', timerId }` then. */
  z.object({ type: z.literal('schedule-timer'), timerId: z.string(), fireAt: z.number() }),
  z.object({ type: z.literal('cancel-timer'), timerId: z.string() }),
  z.object({ type: z.literal('handoff'), nodeId: z.string(), reason: z.string() }),
  z.object({ type: z.literal('tag-contact'), add: z.array(z.string()), remove: z.array(z.string()) }),
  z.object({ type: z.literal('go-to-flow'), flowId: z.string() }),
  z.object({ type: z.literal('mark'), mark: z.enum(markNames), nodeId: z.string() }),
  z.object({
    type: z.literal('diagnostic'),
    code: z.enum(['step-budget-exceeded', 'missing-node', 'flow-changed']),
    nodeId: z.string().optional(),
    message: z.string(),
  }),
]);

export type Effect = z.infer<typeof effectSchema>;
