import { z } from 'zod';
import { compiledMessageSchema } from '../messages/compiled-message-schema';
import { templateSchema } from '../template/template-schema';
import { timeWindowSchema } from '../time/time-window-schema';

const path = z.array(z.string());
const regex = z.object({ source: z.string(), flags: z.string() });
/** Output port → target node id; null when the port is not connected. */
const transitions = z.record(z.string(), z.string().nullable());
const node = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ id: z.string(), type: z.literal(type), transitions, ...shape });

export const compiledConditionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('compare'),
    subject: path,
    operator: z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte']),
    value: templateSchema,
    negate: z.boolean(),
  }),
  z.object({ kind: z.literal('contains'), subject: path, value: templateSchema, negate: z.boolean() }),
  z.object({ kind: z.literal('regex'), subject: path, regex, negate: z.boolean() }),
  z.object({ kind: z.literal('is-set'), subject: path, negate: z.boolean() }),
  z.object({ kind: z.literal('has-tag'), tag: z.string(), negate: z.boolean() }),
  z.object({ kind: z.literal('channel'), channel: z.string(), negate: z.boolean() }),
  /** `window.timezone` is always filled in (the flow's zone when the author left it out). */
  z.object({ kind: z.literal('time-window'), window: timeWindowSchema, negate: z.boolean() }),
]);

export const compiledValidationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), minLength: z.number().nullable(), maxLength: z.number().nullable() }),
  z.object({
    kind: z.literal('number'),
    min: z.number().nullable(),
    max: z.number().nullable(),
    integer: z.boolean(),
  }),
  z.object({ kind: z.literal('phone') }),
  z.object({ kind: z.literal('email') }),
  z.object({ kind: z.literal('date') }),
  z.object({ kind: z.literal('regex'), regex }),
  /** `matches` holds the normalised label and synonyms of each option. */
  z.object({
    kind: z.literal('choice'),
    options: z.array(z.object({ value: z.string(), matches: z.array(z.string()) })),
  }),
]);

/** A node of the compiled state machine: behaviour only, no positions or labels. */
export const compiledNodeSchema = z.discriminatedUnion('type', [
  node('keyword-trigger', {}),
  node('event-trigger', {}),
  node('fallback', {}),
  node('send-message', { messages: z.array(compiledMessageSchema), mode: z.enum(['all', 'random']) }),
  node('ask', {
    prompt: z.array(compiledMessageSchema),
    variable: z.string(),
    validation: compiledValidationSchema,
    maxRetries: z.number(),
    retryMessage: templateSchema,
    timeoutSeconds: z.number().nullable(),
  }),
  node('condition', {
    branches: z.array(
      z.object({
        id: z.string(),
        match: z.enum(['all', 'any']),
        conditions: z.array(compiledConditionSchema),
      }),
    ),
  }),
  node('set-variable', {
    assignments: z.array(
      z.object({ variable: z.string(), value: templateSchema, as: z.enum(['string', 'number']) }),
    ),
  }),
  node('tag-contact', { add: z.array(z.string()), remove: z.array(z.string()) }),
  node('http-request', {
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    url: templateSchema,
    headers: z.array(z.object({ name: z.string(), value: templateSchema })),
    body: templateSchema,
    timeoutMs: z.number(),
    responseMappings: z.array(
      z.object({ variable: z.string(), path: z.array(z.union([z.string(), z.number()])) }),
    ),
  }),
  node('random-split', { variants: z.array(z.object({ id: z.string(), weight: z.number() })) }),
  node('delay', { seconds: z.number(), allowedWindow: timeWindowSchema.nullable() }),
  node('handoff', { messages: z.array(compiledMessageSchema), reason: z.string() }),
  /** A jump to another node is its `out` transition; a jump to another flow names the flow. */
  node('go-to', { flowId: z.string().nullable() }),
  node('end', { clearVariables: z.boolean() }),
]);

export type CompiledNode = z.infer<typeof compiledNodeSchema>;
export type CompiledNodeOfType<T extends CompiledNode['type']> = Extract<CompiledNode, { type: T }>;
export type CompiledCondition = z.infer<typeof compiledConditionSchema>;
export type CompiledValidation = z.infer<typeof compiledValidationSchema>;
