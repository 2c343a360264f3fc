import { and, count, eq } from 'drizzle-orm';
import { type TestCase } from '@/core';
import { AppError } from '../api/app-error';
import type { Db } from '../db/client';
import { flowTestCases } from '../db/schema';

export const MAX_TEST_CASES_PER_FLOW = 100;

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Adds test cases to a flow inside the caller's transaction. One whose name exists replaces it, or,
 * with `onExisting: 'refuse'`, answers TEST_CASE_NAME_TAKEN. Duplicate names in `tests` answer
 * INVALID_TEST_CASE, more than MAX_TEST_CASES_PER_FLOW in all TOO_MANY_TEST_CASES (the caller's
 * transaction then rolls back). Returns the ids, in order.
 */
export async function insertTestCases(options: {
  tx: Tx;
  workspaceId: string;
  flowId: string;
  tests: readonly TestCase[];
  userId: string;
  onExisting?: 'replace' | 'refuse';
}): Promise<string[]> {
  const { tx, workspaceId, flowId, tests, userId } = options;
  if (tests.length === 0) return [];
  if (new Set(tests.map((t) => t.name)).size !== tests.length)
    throw new AppError('INVALID_TEST_CASE', 'Two test cases have the same name.');
  const ids: string[] = [];
  const target = [flowTestCases.flowId, flowTestCases.name];
  for (const definition of tests) {
    const insert = tx.insert(flowTestCases).values({
      workspaceId,
      flowId,
      name: definition.name,
      definition,
      createdBy: userId,
      updatedBy: userId,
    });
    const [row] = await (
      options.onExisting === 'refuse'
        ? insert.onConflictDoNothing({ target })
        : insert.onConflictDoUpdate({ target, set: { definition, updatedBy: userId, updatedAt: new Date() } })
    ).returning({ id: flowTestCases.id });
    if (!row)
      throw new AppError(
        'TEST_CASE_NAME_TAKEN',
        `This flow already has a test case named "${definition.name}".`,
        {
          name: definition.name,
        },
      );
    ids.push(row.id);
  }
  const [row] = await tx
    .select({ n: count() })
    .from(flowTestCases)
    .where(and(eq(flowTestCases.flowId, flowId), eq(flowTestCases.workspaceId, workspaceId)));
  if ((row?.n ?? 0) > MAX_TEST_CASES_PER_FLOW)
    throw new AppError(
      'TOO_MANY_TEST_CASES',
      `A flow can have at most ${MAX_TEST_CASES_PER_FLOW} test cases.`,
    );
  return ids;
}
