import { and, asc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { testCaseSchema, TEST_CASE_VERSION, type TestCase } from '@/core';
import { flowTestCases, simulations, users } from '../../db/schema';
import { loadDraft } from '../../flows/load-draft';
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

const draftOf = (ctx: WorkspaceContext, flowId: string) =>
  loadDraft({ db: ctx.services.db, workspaceId: ctx.workspaceId, flowId });

const ofFlow = (ctx: WorkspaceContext, flowId: string) =>
  and(eq(flowTestCases.flowId, flowId), eq(flowTestCases.workspaceId, ctx.workspaceId));

type Tx = Parameters<Parameters<WorkspaceContext['services']['db']['transaction']>[0]>[0];

/** A test case of the flow (locked for update inside `tx`), or TEST_CASE_NOT_FOUND / INVALID_TEST_CASE. */
async function testCaseOf(
  ctx: WorkspaceContext,
  input: { flowId: string; testCaseId: string },
  tx?: Tx,
): Promise<{ id: string; definition: TestCase }> {
  const query = (tx ?? ctx.services.db)
    .select({ id: flowTestCases.id, definition: flowTestCases.definition })
    .from(flowTestCases)
    .where(and(ofFlow(ctx, input.flowId), eq(flowTestCases.id, input.testCaseId)));
  const [row] = await (tx ? query.for('update') : query);
  if (!row) throw new AppError('TEST_CASE_NOT_FOUND', 'Test case not found.');
  const parsed = testCaseSchema.safeParse(row.definition);
  if (!parsed.success)
    throw new AppError('INVALID_TEST_CASE', 'This test case is stored in a form that is no longer valid.');
  return { id: row.id, definition: parsed.data };
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
      // An export never leaves a test case out silently.
      return rows.map((r) => {
        const parsed = testCaseSchema.safeParse(r.definition);
        if (!parsed.success)
          throw new AppError('INVALID_TEST_CASE', 'A test case is stored in a form that is no longer valid.');
        return parsed.data;
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
        .where(
          and(
            eq(simulations.flowId, input.flowId),
            eq(simulations.userId, ctx.user.id),
            eq(simulations.workspaceId, ctx.workspaceId),
          ),
        );
      const simulation = row ? simulationSchema.safeParse(row.state) : null;
      if (!simulation?.success || simulation.data.steps.length === 0)
        throw new AppError('NOTHING_TO_SAVE', 'Simulate a conversation first, then save it as a test case.');
      const definition = testCaseFromSimulation(simulation.data, input.name);
      const [id] = await ctx.services.db.transaction((tx) =>
        insertTestCases({
          tx,
          workspaceId: ctx.workspaceId,
          flowId: input.flowId,
          tests: [definition],
          userId: ctx.user.id,
          onExisting: 'refuse',
        }),
      );
      return { id: id!, name: input.name, steps: definition.steps.length };
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
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const { definition } = await testCaseOf(ctx, input, tx);
        const [taken] = await tx
          .select({ id: flowTestCases.id })
          .from(flowTestCases)
          .where(
            and(
              ofFlow(ctx, input.flowId),
              eq(flowTestCases.name, input.name),
              ne(flowTestCases.id, input.testCaseId),
            ),
          );
        if (taken)
          throw new AppError(
            'TEST_CASE_NAME_TAKEN',
            `This flow already has a test case named "${input.name}".`,
            {
              name: input.name,
            },
          );
        await tx
          .update(flowTestCases)
          .set({
            name: input.name,
            definition: { ...definition, name: input.name },
            updatedBy: ctx.user.id,
            updatedAt: new Date(),
          })
          .where(eq(flowTestCases.id, input.testCaseId));
        return { id: input.testCaseId, name: input.name };
      }),
    ),

  /**
   * Makes what the draft (the given document, else the saved one) replies now the test case's
   * expectation: for an intended change of behaviour.
   */
  acceptActual: workspaceProcedure('editor')
    .input(testCaseIdSchema.extend({ document: z.unknown().optional() }))
    .mutation(async ({ ctx, input }) => {
      const { compiled } = compileForSimulation(input.document ?? (await draftOf(ctx, input.flowId)));
      // Read, run and write under the row's lock: a rename or delete meanwhile is not undone or lost.
      return ctx.services.db.transaction(async (tx) => {
        const { definition } = await testCaseOf(ctx, input, tx);
        const result = await runTestCase({ compiled, flowId: input.flowId, testCase: definition });
        const accepted: TestCase = {
          ...definition,
          version: TEST_CASE_VERSION,
          steps: definition.steps.map((step, i) => ({ ...step, expect: result.steps[i]?.actual ?? [] })),
        };
        await tx
          .update(flowTestCases)
          .set({ definition: accepted, updatedBy: ctx.user.id, updatedAt: new Date() })
          .where(eq(flowTestCases.id, input.testCaseId));
        return { id: input.testCaseId };
      });
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
      const draft = await draftOf(ctx, input.flowId);
      const { compiled } = compileForSimulation(input.document ?? draft);
      return runFlowTests({
        db: ctx.services.db,
        workspaceId: ctx.workspaceId,
        flowId: input.flowId,
        compiled,
      });
    }),
});
