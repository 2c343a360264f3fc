import { z } from 'zod';
import { flowDocumentSchema } from '@/core';

/**
 * A flow exported to a file: a wrapper naming the format and its version around the flow document
 * (which carries its own `schemaVersion` and is migrated when imported).
 */
export const flowFileSchema = z.object({
  format: z.literal('replyflow/flow'),
  version: z.literal(1),
  name: z.string(),
  /** ISO time of the export. */
  exportedAt: z.string(),
  document: flowDocumentSchema,
});

export type FlowFile = z.infer<typeof flowFileSchema>;
