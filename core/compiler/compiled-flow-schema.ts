import { z } from 'zod';
import { variableValueSchema } from '../document/flow-document-schema';
import { triggerLimitsSchema } from '../document/nodes/trigger-limits-schema';
import { compiledNodeSchema } from './compiled-node-schema';

export const COMPILED_FLOW_VERSION = 1;

/** A precompiled trigger test. Keyword values are normalised (see `normalizeText`). */
export const matcherSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), values: z.array(z.string()) }),
  z.object({ kind: z.literal('contains'), values: z.array(z.string()) }),
  z.object({
    kind: z.literal('regex'),
    patterns: z.array(z.object({ source: z.string(), flags: z.string() })),
  }),
  z.object({
    kind: z.literal('event'),
    event: z.enum(['follow', 'unfollow', 'qr-scene', 'menu-click', 'location', 'media', 'link', 'view']),
    /** Scene, menu key or media type, depending on the event; "" when not applicable. */
    value: z.string(),
  }),
]);

export const triggerSchema = z.object({
  nodeId: z.string(),
  /** The trigger's own priority (an account may override it per deployment; higher first). */
  priority: z.int().default(0),
  interrupt: z.boolean(),
  matcher: matcherSchema,
  limits: triggerLimitsSchema,
});

/**
 * What the runtime executes. Triggers are listed in evaluation order (priority, then
 * specificity, then document order). `hash` is FNV-1a 64 of the rest of the object, so equal
 * behaviour yields an equal hash and any change yields a different one.
 */
export const compiledFlowSchema = z.object({
  version: z.literal(COMPILED_FLOW_VERSION),
  hash: z.string(),
  timezone: z.string(),
  stepBudget: z.number(),
  /** Declared variables with their initial values (null when declared without one). */
  variables: z.record(z.string(), variableValueSchema),
  triggers: z.array(triggerSchema),
  fallbackNodeId: z.string().nullable(),
  nodes: z.record(z.string(), compiledNodeSchema),
});

export type CompiledFlow = z.infer<typeof compiledFlowSchema>;
export type Trigger = z.infer<typeof triggerSchema>;
export type Matcher = z.infer<typeof matcherSchema>;
