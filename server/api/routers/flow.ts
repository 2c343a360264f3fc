// Correlated subqueries name the outer column in full ("flows"."id"): drizzle leaves single-table
// selects unqualified, and a bare "id" would bind to the subquery's own table.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, flows, users } from '../../db/schema';
import { createEmptyFlowDocument, testCaseSchema } from '@/core';
import { insertTestCases, MAX_TEST_CASES_PER_FLOW } from '../../simulator/insert-test-cases';
import { publishFlow } from '../../flows/publish-flow';
import { undeployFlow } from '../../flows/undeploy-flow';
import { validFlowDocument } from '../../flows/valid-flow-document';
import { AppError } from '../app-error';
import { router, workspaceProcedure } from '../trpc';
import { nameSchema } from './workspace';

const flowIdSchema = z.object({ flowId: z.uuid() });

/** A drawn flow of the workspace that is not deleted (auto-reply flows are the accounts' own). */
const liveFlow = (workspaceId: string, flowId: string) =>
  and(
    eq(flows.id, flowId),
    eq(flows.workspaceId, workspaceId),
    isNull(flows.deletedAt),
    eq(flows.kind, 'canvas'),
  );

const latestVersion = sql<
  number | null
>`(select max(v.number) from flow_versions v where v.flow_id = "flows"."id")`;
const publishedRevision = sql<
  number | null
>`(select v.draft_revision from flow_versions v where v.flow_id = "flows"."id" order by v.number desc limit 1)`;

export const flowRouter = router({
  list: workspaceProcedure('viewer').query(({ ctx }) =>
    ctx.services.db
      .select({
        id: flows.id,
        name: flows.name,
        description: flows.description,
        revision: flows.revision,
        createdAt: flows.createdAt,
        updatedAt: flows.updatedAt,
        updatedByName: users.name,
        latestVersion,
        publishedRevision,
        liveAccounts: sql<number>`(select count(*)::int from deployments d where d.flow_id = "flows"."id")`,
        /** The distinct version numbers live on some account, ascending (several after a partial rollback). */
        liveVersions: sql<number[]>`coalesce((select array_agg(distinct v.number order by v.number)
          from deployments d join flow_versions v on v.id = d.flow_version_id
          where d.flow_id = "flows"."id"), '{}')`,
      })
      .from(flows)
      .leftJoin(users, eq(users.id, flows.updatedBy))
      .where(and(eq(flows.workspaceId, ctx.workspaceId), isNull(flows.deletedAt), eq(flows.kind, 'canvas')))
      .orderBy(desc(flows.updatedAt)),
  ),

  get: workspaceProcedure('viewer')
    .input(flowIdSchema)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.services.db
        .select({
          id: flows.id,
          name: flows.name,
          description: flows.description,
          draft: flows.draft,
          revision: flows.revision,
          updatedAt: flows.updatedAt,
          latestVersion,
          publishedRevision,
        })
        .from(flows)
        .where(liveFlow(ctx.workspaceId, input.flowId));
      if (!row) throw new AppError('FLOW_NOT_FOUND', 'Flow not found.');
      return row;
    }),

  /**
   * Creates a flow with an empty draft, or with `draft` (a template or an imported file) once core
   * validated and migrated it; an invalid draft answers INVALID_FLOW_DOCUMENT and creates nothing.
   */
  create: workspaceProcedure('editor')
    .input(
      z.object({
        name: nameSchema,
        description: z.string().trim().max(500).default(''),
        draft: z.unknown().optional(),
        /** Test cases to create with it (a flow file's). */
        tests: z.array(testCaseSchema).max(MAX_TEST_CASES_PER_FLOW).default([]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const draft = input.draft === undefined ? createEmptyFlowDocument() : validFlowDocument(input.draft);
      return ctx.services.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(flows)
          .values({
            workspaceId: ctx.workspaceId,
            name: input.name,
            description: input.description,
            draft,
            updatedBy: ctx.user.id,
          })
          .returning({ id: flows.id, name: flows.name, revision: flows.revision });
        await insertTestCases({
          tx,
          workspaceId: ctx.workspaceId,
          flowId: row!.id,
          tests: input.tests,
          userId: ctx.user.id,
        });
        return { ...row!, testCases: input.tests.length };
      });
    }),

  rename: workspaceProcedure('editor')
    .input(flowIdSchema.extend({ name: nameSchema }))
    .mutation(async ({ ctx, input }) => {
      const rows = await ctx.services.db
        .update(flows)
        .set({ name: input.name, updatedAt: new Date(), updatedBy: ctx.user.id })
        .where(liveFlow(ctx.workspaceId, input.flowId))
        .returning({ id: flows.id, name: flows.name });
      if (rows.length === 0) throw new AppError('FLOW_NOT_FOUND', 'Flow not found.');
      return rows[0]!;
    }),

  duplicate: workspaceProcedure('editor')
    .input(flowIdSchema.extend({ name: nameSchema.optional() }))
    .mutation(async ({ ctx, input }) => {
      const [source] = await ctx.services.db
        .select({ name: flows.name, description: flows.description, draft: flows.draft })
        .from(flows)
        .where(liveFlow(ctx.workspaceId, input.flowId));
      if (!source) throw new AppError('FLOW_NOT_FOUND', 'Flow not found.');
      return ctx.services.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(flows)
          .values({
            workspaceId: ctx.workspaceId,
            name: input.name ?? `${source.name} (copy)`.slice(0, 80),
            description: source.description,
            draft: source.draft,
            updatedBy: ctx.user.id,
          })
          .returning({ id: flows.id, name: flows.name, revision: flows.revision });
        // The copy keeps the original's test cases (they describe its behaviour).
        await tx.execute(sql`
          insert into flow_test_cases (workspace_id, flow_id, name, definition, created_by, updated_by)
          select workspace_id, ${row!.id}, name, definition, ${ctx.user.id}, ${ctx.user.id}
          from flow_test_cases where flow_id = ${input.flowId} and workspace_id = ${ctx.workspaceId}`);
        return row!;
      });
    }),

  /** Soft delete: published versions stay referenced by the conversations that ran on them. */
  delete: workspaceProcedure('editor')
    .input(flowIdSchema)
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const rows = await tx
          .update(flows)
          .set({ deletedAt: new Date(), updatedBy: ctx.user.id })
          .where(liveFlow(ctx.workspaceId, input.flowId))
          .returning({ id: flows.id, name: flows.name });
        if (rows.length === 0) throw new AppError('FLOW_NOT_FOUND', 'Flow not found.');
        // A deleted flow stops answering everywhere (conversations already on it end at their next
        // idle message); its versions stay for the transcripts that reference them.
        const removed = await undeployFlow({ tx, flowId: input.flowId });
        await tx.insert(auditLog).values({
          workspaceId: ctx.workspaceId,
          actorUserId: ctx.user.id,
          action: 'flow.delete',
          targetType: 'flow',
          targetId: input.flowId,
          details: { flowName: rows[0]!.name, accounts: removed },
        });
        return { id: input.flowId };
      }),
    ),

  /**
   * Saves the draft if nobody saved since `revision` (optimistic concurrency); otherwise answers
   * REVISION_CONFLICT with the current revision, so the editor can offer reload / overwrite / copy.
   */
  saveDraft: workspaceProcedure('editor')
    .input(flowIdSchema.extend({ revision: z.number().int().positive(), draft: z.unknown() }))
    .mutation(async ({ ctx, input }) => {
      // Validated (and migrated to the current schema version) by core; an invalid draft changes nothing.
      const draft = validFlowDocument(input.draft);
      const rows = await ctx.services.db
        .update(flows)
        .set({
          draft,
          revision: input.revision + 1,
          updatedAt: new Date(),
          updatedBy: ctx.user.id,
        })
        .where(and(liveFlow(ctx.workspaceId, input.flowId), eq(flows.revision, input.revision)))
        .returning({ revision: flows.revision, updatedAt: flows.updatedAt });
      if (rows[0]) return rows[0];
      const [current] = await ctx.services.db
        .select({ revision: flows.revision })
        .from(flows)
        .where(liveFlow(ctx.workspaceId, input.flowId));
      if (!current) throw new AppError('FLOW_NOT_FOUND', 'Flow not found.');
      throw new AppError('REVISION_CONFLICT', 'Someone else saved this flow meanwhile.', {
        currentRevision: current.revision,
      });
    }),

  /**
   * Compiles the draft into a new immutable version and makes it live on the given accounts (none:
   * a version is recorded without going live). Errors block it; warnings need `confirmWarnings`.
   */
  publish: workspaceProcedure('editor')
    .input(
      flowIdSchema.extend({
        accountIds: z.array(z.uuid()).max(50).default([]),
        note: z.string().trim().max(500).default(''),
        /** Merge order among the flows live on the same account (higher first). */
        priority: z.number().int().min(-1000).max(1000).optional(),
        /** The draft revision the publisher saw (REVISION_CONFLICT when a newer draft was saved). */
        expectedRevision: z.int().positive().optional(),
        /** Publish although the compiler has warnings (FLOW_HAS_WARNINGS otherwise). */
        confirmWarnings: z.boolean().default(false),
        /** Publish although test cases fail: owners only (TESTS_FAILED otherwise). */
        allowFailingTests: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) => {
      if (input.allowFailingTests && ctx.role !== 'owner')
        throw new AppError('ROLE_REQUIRED', 'Only owners can publish with failing test cases.', {
          required: 'owner',
        });
      return publishFlow({
        services: ctx.services,
        workspaceId: ctx.workspaceId,
        flowId: input.flowId,
        accountIds: input.accountIds,
        userId: ctx.user.id,
        note: input.note,
        confirmWarnings: input.confirmWarnings,
        allowFailingTests: input.allowFailingTests,
        ...(input.priority === undefined ? {} : { priority: input.priority }),
        ...(input.expectedRevision === undefined ? {} : { expectedRevision: input.expectedRevision }),
      });
    }),
});
