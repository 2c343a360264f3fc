import { z } from 'zod';
import { testCaseSchema } from '../testing/test-case-schema';
import { flowDocumentSchema } from './flow-document-schema';

/** At most this many test cases travel with an exported flow. */
export const MAX_FLOW_FILE_TESTS = 100;

/** A flow file's test cases: at most MAX_FLOW_FILE_TESTS, names unique (they are a flow's). */
export const flowFileTestsSchema = z
  .array(testCaseSchema)
  .max(MAX_FLOW_FILE_TESTS)
  .superRefine((tests, ctx) => {
    const seen = new Set<string>();
    tests.forEach((test, index) => {
      if (seen.has(test.name))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'name'],
          message: `Duplicate test case name "${test.name}"`,
        });
      seen.add(test.name);
    });
  });

/**
 * A flow exported to a file: a wrapper naming the format and its version around the flow document
 * (which carries its own `schemaVersion` and is migrated when imported). `tests` (optional, so
 * version 1 files without it stay valid) are the flow's test cases, run by `replyflow test`.
 */
export const flowFileSchema = z.object({
  format: z.literal('replyflow/flow'),
  version: z.literal(1),
  name: z.string(),
  /** ISO time of the export. */
  exportedAt: z.string(),
  document: flowDocumentSchema,
  tests: flowFileTestsSchema.optional(),
});

export type FlowFile = z.infer<typeof flowFileSchema>;
