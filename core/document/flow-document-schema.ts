import { z } from 'zod';
import { flowNodeSchema } from './flow-node-schema';

export const FLOW_SCHEMA_VERSION = 2;
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';
export const DEFAULT_STEP_BUDGET = 100;

export const variableValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** An edge from a node's named output port to another node. */
export const flowEdgeSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  sourcePort: z.string(),
  target: z.string(),
});

/**
 * The flow document: what the editor saves. Node data is lenient (missing fields take their
 * defaults, empty strings are allowed) because drafts are saved while incomplete; the compiler
 * reports what is missing as diagnostics.
 */
export const flowDocumentSchema = z.object({
  schemaVersion: z.literal(FLOW_SCHEMA_VERSION),
  settings: z
    .object({
      timezone: z.string().default(DEFAULT_TIMEZONE),
      /** Nodes one event may run through before the engine stops it as a loop. */
      stepBudget: z.int().min(1).max(1000).default(DEFAULT_STEP_BUDGET),
    })
    .default({ timezone: DEFAULT_TIMEZONE, stepBudget: DEFAULT_STEP_BUDGET }),
  variables: z
    .array(
      z.object({
        name: z.string(),
        defaultValue: variableValueSchema.optional(),
        description: z.string().optional(),
      }),
    )
    .default([]),
  nodes: z.array(flowNodeSchema).default([]),
  edges: z.array(flowEdgeSchema).default([]),
});

export type FlowDocument = z.infer<typeof flowDocumentSchema>;
export type FlowEdge = z.infer<typeof flowEdgeSchema>;
export type VariableValue = z.infer<typeof variableValueSchema>;
