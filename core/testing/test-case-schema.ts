import { z } from 'zod';
import { messageSchema } from '../messages/message-schema';
import { simulationActionSchema, simulationSetupSchema } from './simulation-action-schema';

export const TEST_CASE_VERSION = 1;
export const MAX_TEST_STEPS = 300;

/** A reply a step must produce; `nodeId` only links it to the node that sent it when recorded. */
export const expectedReplySchema = z.object({
  message: messageSchema,
  nodeId: z.string().nullable().default(null),
});

/**
 * An HTTP exchange recorded when the test case was saved. A test run replays recorded responses
 * (matched by node, in order) instead of calling out, so test cases are deterministic and run
 * offline (CI, publishing); a request with no recorded response fails like a network error.
 */
export const recordedHttpSchema = z.object({
  nodeId: z.string(),
  request: z.object({
    method: z.string(),
    url: z.string(),
    headers: z.record(z.string(), z.string()).default({}),
    body: z.string().nullable().default(null),
  }),
  response: z.object({
    /** 0: no response (network error or timeout). */
    status: z.int(),
    body: z.unknown().optional(),
    error: z.string().nullable().default(null),
  }),
});

export type RecordedHttp = z.infer<typeof recordedHttpSchema>;

export const testStepSchema = z.object({
  action: simulationActionSchema,
  /** Every reply the step produces, in order (timers fired by a clock move included). */
  expect: z.array(expectedReplySchema).max(100),
  http: z.array(recordedHttpSchema).max(20).default([]),
});

export type TestStep = z.infer<typeof testStepSchema>;

/** A saved simulation: how it starts, what was done, and the replies each step must produce. */
export const testCaseSchema = z.object({
  version: z.literal(TEST_CASE_VERSION),
  name: z.string().trim().min(1).max(120),
  setup: simulationSetupSchema,
  steps: z.array(testStepSchema).min(1).max(MAX_TEST_STEPS),
});

export type TestCase = z.infer<typeof testCaseSchema>;
