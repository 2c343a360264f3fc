import { asc, and, eq } from 'drizzle-orm';
import { testCaseSchema, type CompiledFlow } from '@/core';
import type { Db } from '../db/client';
import { flowTestCases } from '../db/schema';
import { runTestCase, type TestCaseResult } from './run-test-case';

type Queryable = Pick<Db, 'select'>;

export interface FlowTestResult extends TestCaseResult {
  id: string;
}

export interface FlowTestsSummary {
  total: number;
  passed: number;
  results: FlowTestResult[];
}

/** A failed result for a test case that could not run at all. */
function unreadable(row: { id: string; name: string }, error: string): FlowTestResult {
  return {
    id: row.id,
    name: row.name,
    passed: false,
    firstFailure: 0,
    steps: [{ index: 0, action: { type: 'advance', ms: 0 }, ok: false, lines: [], actual: [], error }],
  };
}

/**
 * Runs every test case of a flow against a compiled draft (replayed HTTP, no IO but reading the test
 * cases). A stored definition that no longer parses counts as a failure naming the problem.
 */
export async function runFlowTests(options: {
  db: Queryable;
  workspaceId: string;
  flowId: string;
  compiled: CompiledFlow;
}): Promise<FlowTestsSummary> {
  const { db, workspaceId, flowId, compiled } = options;
  const rows = await db
    .select({ id: flowTestCases.id, name: flowTestCases.name, definition: flowTestCases.definition })
    .from(flowTestCases)
    .where(and(eq(flowTestCases.flowId, flowId), eq(flowTestCases.workspaceId, workspaceId)))
    .orderBy(asc(flowTestCases.name));
  const results: FlowTestResult[] = [];
  for (const row of rows) {
    const parsed = testCaseSchema.safeParse(row.definition);
    if (!parsed.success) {
      results.push(unreadable(row, `the stored test case is not valid: ${parsed.error.message}`));
      continue;
    }
    try {
      const { simulation: _ended, ...result } = await runTestCase({
        compiled,
        flowId,
        testCase: parsed.data,
      });
      results.push({ id: row.id, ...result });
    } catch (error) {
      // One test case that breaks the engine fails alone; the others (and publishing's verdict) still run.
      results.push(
        unreadable(row, `internal error: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }
  return { total: results.length, passed: results.filter((r) => r.passed).length, results };
}
