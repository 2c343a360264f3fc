import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { testCaseSchema, TEST_CASE_VERSION, type TestCase } from '@/core';
import { flows, flowTestCases, simulations, users } from '../../db/schema';
import { compileForSimulation } from '../../simulator/compile-for-simulation';
import { insertTestCases, MAX_TEST_CASES_PER_FLOW } from '../../simulator/insert-test-cases';
import { runFlowTests } from '../../simulator/run-flow-tests';
import { runTestCase } from '../../simulator/run-test-case';
import { simulationSchema } from '../../simulator/simulation-schema';
import { testCaseFromSimulation } from '../../simulator/test-case-from-simulation';
import { AppError } from '../app-error';
import { router, workspaceProcedure, type WorkspaceContext } from '../trpc';

const flowIdSchema = z.object({ flowId: z.uuid() });
const testCaseIdSchema = flowIdSchema.extend({ testCaseId: z.uuid() });
const nameSchema = z.string().trim().min(1, { error: 'Give the test case a name.' }).max(120);

async function draftOf(ctx: WorkspaceContext, flowId: string): Promise<unknown> {
  const [flow] = await ctx.services.db
    .select({ draft: flows.draft })
    .from(flows)
    .where(and(eq(flows.id, flowId), eq(flows.workspaceId, ctx.workspaceId), isNull(flows.deletedAt)));
  if (!flow) throw new AppError('FLOW_NOT_FOUND', 'Flow not found.');
  return flow.draft;
}

const ofFlow = (ctx: WorkspaceContext, flowId: string) =>
  and(eq(flowTestCases.flowId, flowId), eq(flowTestCases.workspaceId, ctx.workspaceId));

async function testCaseOf(ctx: WorkspaceContext, input: { flowId: string; testCaseId: string }) {
  const [row] = await ctx.services.db
    .select({ id: flowTestCases.id, definition: flowTestCases.definition })
    .from(flowTestCases)
    .where(and(ofFlow(ctx, input.flowId), eq(flowTestCases.id, input.testCaseId)));
  if (!row) throw new AppError('TEST_CASE_NOT_FOUND', 'Test case not found.');
  return { id: row.id, definition: testCaseSchema.parse(row.definition) };
}

/** Unique (flow, name) violations become TEST_CASE_NAME_TAKEN. */
async function uniqueName<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const text = `${String((error as { message?: unknown }).message)} ${String((error as { cause?: { message?: unknown } }).cause?.message)}`;
    if (text.includes('flow_test_cases_flow_name_uq'))
      throw new AppError('TEST_CASE_NAME_TAKEN', `This flow already has a test case named "${name}".`, {
        name,
      });
    throw error;
  }
}

async function ensureRoom(ctx: WorkspaceContext, flowId: string, adding: number) {
  const [row] = await ctx.services.db.select({ n: count() }).from(flowTestCases).where(ofFlow(ctx, flowId));
  if ((row?.n ?? 0) + adding > MAX_TEST_CASES_PER_FLOW)
    throw new AppError(
      'TOO_MANY_TEST_CASES',
      `A flow can have at most ${MAX_TEST_CASES_PER_FLOW} test cases.`,
    );
}

/**
 * A flow's test cases: saved simulations with the replies each step must produce. They run on
 * demand, before every publish (publishing blocks when one fails), and from the CLI.
 */
export const testCaseRouter = router({
  list: workspaceProcedure('viewer')
    .input(flowIdSchema)
    .query(async ({ ctx, input }) => {
      await draftOf(ctx, input.flowId);
      const rows = await ctx.services.db
        .select({
          id: flowTestCases.id,
          name: flowTestCases.name,
          definition: flowTestCases.definition,
          updatedAt: flowTestCases.updatedAt,
          updatedByName: users.name,
        })
        .from(flowTestCases)
        .leftJoin(users, eq(users.id, flowTestCases.updatedBy))
        .where(ofFlow(ctx, input.flowId))
        .orderBy(asc(flowTestCases.name));
      return rows.map(({ definition, ...row }) => ({
        ...row,
        steps: (definition as { steps?: unknown[] }).steps?.length ?? 0,
      }));
    }),

  get: workspaceProcedure('viewer')
    .input(testCaseIdSchema)
    .query(({ ctx, input }) => testCaseOf(ctx, input)),

  /** Every test case of the flow, as stored in a flow file. */
  exportAll: workspaceProcedure('viewer')
    .input(flowIdSchema)
    .query(async ({ ctx, input }) => {
      await draftOf(ctx, input.flowId);
      const rows = await ctx.services.db
        .select({ definition: flowTestCases.definition })
        .from(flowTestCases)
        .where(ofFlow(ctx, input.flowId))
        .orderBy(asc(flowTestCases.name));
      return rows.flatMap((r): TestCase[] => {
        const parsed = testCaseSchema.safeParse(r.definition);
        return parsed.success ? [parsed.data] : [];
      });
    }),

  /** Saves the caller's current simulation of the flow as a test case. */
  createFromSimulation: workspaceProcedure('editor')
    .input(flowIdSchema.extend({ name: nameSchema }))
    .mutation(async ({ ctx, input }) => {
      await draftOf(ctx, input.flowId);
      const [row] = await ctx.services.db
        .select({ state: simulations.state })
        .from(simulations)
        .where(and(eq(simulations.flowId, input.flowId), eq(simulations.userId, ctx.user.id)));
      const simulation = row ? simulationSchema.safeParse(row.state) : null;
      if (!simulation?.success || simulation.data.steps.length === 0)
        throw new AppError('NOTHING_TO_SAVE', 'Simulate a conversation first, then save it as a test case.');
      await ensureRoom(ctx, input.flowId, 1);
      const definition = testCaseFromSimulation(simulation.data, input.name);
      const [created] = await uniqueName(input.name, () =>
        ctx.services.db
          .insert(flowTestCases)
          .values({
            workspaceId: ctx.workspaceId,
            flowId: input.flowId,
            name: input.name,
            definition,
            createdBy: ctx.user.id,
            updatedBy: ctx.user.id,
          })
          .returning({ id: flowTestCases.id }),
      );
      return { id: created!.id, name: input.name, steps: definition.steps.length };
    }),

  /** Adds test cases from a flow file; one whose name exists replaces it. */
  importMany: workspaceProcedure('editor')
    .input(flowIdSchema.extend({ tests: z.array(testCaseSchema).max(MAX_TEST_CASES_PER_FLOW) }))
    .mutation(async ({ ctx, input }) => {
      await draftOf(ctx, input.flowId);
      await ctx.services.db.transaction((tx) =>
        insertTestCases({
          tx,
          workspaceId: ctx.workspaceId,
          flowId: input.flowId,
          tests: input.tests,
          userId: ctx.user.id,
        }),
      );
      return { imported: input.tests.length };
    }),

  rename: workspaceProcedure('editor')
    .input(testCaseIdSchema.extend({ name: nameSchema }))
    .mutation(async ({ ctx, input }) => {
      const { definition } = await testCaseOf(ctx, input);
      await uniqueName(input.name, () =>
        ctx.services.db
          .update(flowTestCases)
          .set({
            name: input.name,
            definition: { ...definition, name: input.name },
            updatedBy: ctx.user.id,
            updatedAt: new Date(),
          })
          .where(eq(flowTestCases.id, input.testCaseId)),
      );
      return { id: input.testCaseId, name: input.name };
    }),

  /**
   * Makes what the draft (the given document, else the saved one) replies now the test case's
   * expectation: for an intended change of behaviour.
   */
  acceptActual: workspaceProcedure('editor')
    .input(testCaseIdSchema.extend({ document: z.unknown().optional() }))
    .mutation(async ({ ctx, input }) => {
      const { definition } = await testCaseOf(ctx, input);
      const { compiled } = compileForSimulation(input.document ?? (await draftOf(ctx, input.flowId)));
      const result = await runTestCase({ compiled, flowId: input.flowId, testCase: definition });
      const accepted: TestCase = {
        ...definition,
        version: TEST_CASE_VERSION,
        steps: definition.steps.map((step, i) => ({ ...step, expect: result.steps[i]?.actual ?? [] })),
      };
      await ctx.services.db
        .update(flowTestCases)
        .set({ definition: accepted, updatedBy: ctx.user.id, updatedAt: new Date() })
        .where(eq(flowTestCases.id, input.testCaseId));
      return { id: input.testCaseId };
    }),

  delete: workspaceProcedure('editor')
    .input(testCaseIdSchema)
    .mutation(async ({ ctx, input }) => {
      const rows = await ctx.services.db
        .delete(flowTestCases)
        .where(and(ofFlow(ctx, input.flowId), eq(flowTestCases.id, input.testCaseId)))
        .returning({ id: flowTestCases.id });
      if (rows.length === 0) throw new AppError('TEST_CASE_NOT_FOUND', 'Test case not found.');
      return { id: input.testCaseId };
    }),

  /** Runs every test case against the given document (the editor's), else the saved draft. */
  runAll: workspaceProcedure('viewer')
    .input(flowIdSchema.extend({ document: z.unknown().optional() }))
    .mutation(async ({ ctx, input }) => {
      const { compiled } = compileForSimulation(input.document ?? (await draftOf(ctx, input.flowId)));
      return runFlowTests({
        db: ctx.services.db,
        workspaceId: ctx.workspaceId,
        flowId: input.flowId,
        compiled,
      });
    }),
});
