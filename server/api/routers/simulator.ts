import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { simulationActionSchema, simulationSetupSchema, testCaseSchema } from '@/core';
import { accounts, flowTestCases, simulations } from '../../db/schema';
import { allowlistOfSettings } from '../../runtime/http/http-allowlist';
import { applySimulationAction, type SimulationTarget } from '../../simulator/apply-simulation-action';
import { withSimulationErrors } from '../../simulator/app-error-of';
import { compileForSimulation } from '../../simulator/compile-for-simulation';
import { newSimulation } from '../../simulator/new-simulation';
import { runTestCase } from '../../simulator/run-test-case';
import { loadDraft } from '../../flows/load-draft';
import { simulationSchema, type Simulation } from '../../simulator/simulation-schema';
import { AppError } from '../app-error';
import { router, workspaceProcedure, type WorkspaceContext } from '../trpc';

const flowIdSchema = z.object({ flowId: z.uuid() });

/** The simulation setup a client sends: the start defaults to now. */
const setupInputSchema = simulationSetupSchema.extend({ startAt: z.int().min(0).optional() });

/** The caller's flow's draft (FLOW_NOT_FOUND for a deleted flow or another workspace's). */
const draftOf = (ctx: WorkspaceContext, flowId: string) =>
  loadDraft({ db: ctx.services.db, workspaceId: ctx.workspaceId, flowId });

const conflict = () =>
  new AppError('SIMULATION_CONFLICT', 'The simulation changed in another tab; reload it.');

/** A simulation stored above this size (JSON) is refused: reset it, or keep less (large HTTP bodies). */
const MAX_SIMULATION_BYTES = 5_000_000;

async function accountSettings(ctx: WorkspaceContext, accountId: string | null) {
  if (!accountId) return {};
  const [account] = await ctx.services.db
    .select({ settings: accounts.settings })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), eq(accounts.workspaceId, ctx.workspaceId)));
  if (!account) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
  return account.settings as Record<string, unknown>;
}

async function load(ctx: WorkspaceContext, flowId: string) {
  const [row] = await ctx.services.db
    .select({ state: simulations.state, revision: simulations.revision, accountId: simulations.accountId })
    .from(simulations)
    .where(
      and(
        eq(simulations.flowId, flowId),
        eq(simulations.userId, ctx.user.id),
        eq(simulations.workspaceId, ctx.workspaceId),
      ),
    );
  if (!row) return null;
  const parsed = simulationSchema.safeParse(row.state);
  // A simulation stored by an older, incompatible release starts over rather than failing.
  return parsed.success
    ? { simulation: parsed.data, revision: row.revision, accountId: row.accountId }
    : null;
}

/** Writes the caller's simulation of the flow; `expectedRevision` null creates or replaces it. */
async function store(options: {
  ctx: WorkspaceContext;
  flowId: string;
  simulation: Simulation;
  accountId: string | null;
  expectedRevision: number | null;
}) {
  const { ctx, flowId, simulation, accountId, expectedRevision } = options;
  const db = ctx.services.db;
  if (JSON.stringify(simulation).length > MAX_SIMULATION_BYTES)
    throw new AppError(
      'SIMULATION_TOO_LONG',
      'This simulation has grown too large to keep (large HTTP responses?); reset it to go on.',
    );
  if (expectedRevision === null) {
    const [row] = await db
      .insert(simulations)
      .values({ workspaceId: ctx.workspaceId, flowId, userId: ctx.user.id, accountId, state: simulation })
      .onConflictDoUpdate({
        target: [simulations.flowId, simulations.userId],
        // Bumped, never restarted: a tab still holding the old revision must see a conflict.
        set: {
          state: simulation,
          accountId,
          revision: sql`${simulations.revision} + 1`,
          updatedAt: new Date(),
        },
      })
      .returning({ revision: simulations.revision });
    return { simulation, accountId, revision: row!.revision };
  }
  const rows = await db
    .update(simulations)
    .set({ state: simulation, revision: expectedRevision + 1, updatedAt: new Date() })
    .where(
      and(
        eq(simulations.flowId, flowId),
        eq(simulations.userId, ctx.user.id),
        eq(simulations.revision, expectedRevision),
      ),
    )
    .returning({ revision: simulations.revision });
  if (rows.length === 0) throw conflict();
  return { simulation, accountId, revision: rows[0]!.revision };
}

/**
 * The simulated flow's target: the editor's document (else the saved draft) compiled, and HTTP calls
 * made for real with the account's allowlist.
 */
async function targetOf(options: {
  ctx: WorkspaceContext;
  flowId: string;
  draft: unknown;
  document: unknown;
  accountId: string | null;
}): Promise<SimulationTarget & { warnings: unknown[] }> {
  const { ctx, flowId } = options;
  const { compiled, warnings } = compileForSimulation(options.document ?? options.draft);
  const allowlist = allowlistOfSettings(await accountSettings(ctx, options.accountId));
  return {
    compiled,
    flowId,
    warnings,
    http: ({ request }) =>
      ctx.services.runtime.callHttp({
        request: {
          method: request.method,
          url: request.url,
          headers: request.headers,
          body: request.body,
          timeoutMs: request.timeoutMs,
        },
        allowlist,
      }),
  };
}

/**
 * Test mode: each member simulates a flow's draft in their own simulation (one per flow), which
 * never touches contacts, conversations, messages or analytics. The editor sends its current
 * document with each action, so unsaved edits are simulated too.
 */
export const simulatorRouter = router({
  get: workspaceProcedure('editor')
    .input(flowIdSchema)
    .query(async ({ ctx, input }) => {
      await draftOf(ctx, input.flowId);
      return load(ctx, input.flowId);
    }),

  /** Starts over with a setup (channel, clock, seed, contact) and an account for HTTP allowlisting. */
  reset: workspaceProcedure('editor')
    .input(flowIdSchema.extend({ setup: setupInputSchema, accountId: z.uuid().nullable().default(null) }))
    .mutation(async ({ ctx, input }) => {
      await draftOf(ctx, input.flowId);
      await accountSettings(ctx, input.accountId);
      const simulation = newSimulation({ ...input.setup, startAt: input.setup.startAt ?? Date.now() });
      return store({
        ctx,
        flowId: input.flowId,
        simulation,
        accountId: input.accountId,
        expectedRevision: null,
      });
    }),

  /** Applies one action to the caller's simulation, running the given document (else the saved draft). */
  act: workspaceProcedure('editor')
    .input(
      flowIdSchema.extend({
        action: simulationActionSchema,
        document: z.unknown().optional(),
        /** The simulation revision the client shows (SIMULATION_CONFLICT when another tab moved on). */
        expectedRevision: z.int().positive(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const draft = await draftOf(ctx, input.flowId);
      const current = await load(ctx, input.flowId);
      if (!current || current.revision !== input.expectedRevision) throw conflict();
      const target = await targetOf({
        ctx,
        flowId: input.flowId,
        draft,
        document: input.document,
        accountId: current.accountId,
      });
      const simulation = await withSimulationErrors(() =>
        applySimulationAction({ target, simulation: current.simulation, action: input.action }),
      );
      return store({
        ctx,
        flowId: input.flowId,
        simulation,
        accountId: current.accountId,
        expectedRevision: current.revision,
      });
    }),

  /**
   * Replays a test case in the simulator (its setup, then its steps with the recorded HTTP
   * responses) to look at how the current draft behaves on it.
   */
  replay: workspaceProcedure('editor')
    .input(flowIdSchema.extend({ testCaseId: z.uuid(), document: z.unknown().optional() }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.services.db
        .select({ definition: flowTestCases.definition })
        .from(flowTestCases)
        .where(
          and(
            eq(flowTestCases.id, input.testCaseId),
            eq(flowTestCases.flowId, input.flowId),
            eq(flowTestCases.workspaceId, ctx.workspaceId),
          ),
        );
      if (!row) throw new AppError('TEST_CASE_NOT_FOUND', 'Test case not found.');
      const testCase = testCaseSchema.safeParse(row.definition);
      if (!testCase.success)
        throw new AppError(
          'INVALID_TEST_CASE',
          'This test case is stored in a form that is no longer valid.',
        );
      const current = await load(ctx, input.flowId);
      // Recorded HTTP responses are replayed: only the compiled draft is needed.
      const draft = await draftOf(ctx, input.flowId);
      const { compiled } = compileForSimulation(input.document ?? draft);
      // A step that cannot apply any more (a deleted restart node…) is left out, and reported.
      const run = await runTestCase({
        compiled,
        flowId: input.flowId,
        testCase: testCase.data,
      });
      const simulation = run.simulation;
      const skipped = run.steps.flatMap((s) => (s.error ? [{ index: s.index, error: s.error }] : []));
      return store({
        ctx,
        flowId: input.flowId,
        simulation,
        accountId: current?.accountId ?? null,
        expectedRevision: null,
      }).then((stored) => ({ ...stored, skipped }));
    }),
});
