import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { diffFlowDocuments, type FlowDocument } from '@/core';
import { accounts, auditLog, deployments, flowVersions, flows, users } from '../../db/schema';
import type { Tx } from '../../db/client';
import { deployVersion } from '../../flows/deploy-version';
import { undeployFlow } from '../../flows/undeploy-flow';
import { validFlowDocument } from '../../flows/valid-flow-document';
import { AppError } from '../app-error';
import { router, workspaceProcedure } from '../trpc';

const flowIdSchema = z.object({ flowId: z.uuid() });
const accountIdsSchema = z.array(z.uuid()).min(1).max(50);

/** A drawn (canvas) flow of the workspace, locked for a deployment change when `lock`. */
async function canvasFlow(options: { tx: Tx; workspaceId: string; flowId: string; lock?: boolean }) {
  const query = options.tx
    .select({ id: flows.id, name: flows.name, kind: flows.kind, revision: flows.revision })
    .from(flows)
    .where(
      and(eq(flows.id, options.flowId), eq(flows.workspaceId, options.workspaceId), isNull(flows.deletedAt)),
    );
  const [flow] = await (options.lock ? query.for('update') : query);
  if (!flow) throw new AppError('FLOW_NOT_FOUND', 'Flow not found.');
  if (flow.kind !== 'canvas')
    throw new AppError('AUTO_REPLY_FLOW', "An account's auto replies are managed from its page.");
  return flow;
}

async function versionOf(options: { tx: Tx; flowId: string; number: number }) {
  const [row] = await options.tx
    .select({ id: flowVersions.id, number: flowVersions.number, document: flowVersions.document })
    .from(flowVersions)
    .where(and(eq(flowVersions.flowId, options.flowId), eq(flowVersions.number, options.number)));
  if (!row) throw new AppError('VERSION_NOT_FOUND', `Version ${options.number} not found.`);
  return row;
}

/**
 * A flow's history: immutable numbered versions, where each is live, a readable diff between any
 * two (or a version and the draft), redeploying an earlier version (rollback), unpublishing, and
 * restoring a version as the draft.
 */
export const versionRouter = router({
  /** Versions newest first, each with its author and the accounts it is live on. */
  list: workspaceProcedure('viewer')
    .input(flowIdSchema)
    .query(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const flow = await canvasFlow({ tx, workspaceId: ctx.workspaceId, flowId: input.flowId });
        const versions = await tx
          .select({
            id: flowVersions.id,
            number: flowVersions.number,
            note: flowVersions.note,
            compiledHash: flowVersions.compiledHash,
            draftRevision: flowVersions.draftRevision,
            createdAt: flowVersions.createdAt,
            createdByName: users.name,
          })
          .from(flowVersions)
          .leftJoin(users, eq(users.id, flowVersions.createdBy))
          .where(eq(flowVersions.flowId, input.flowId))
          .orderBy(desc(flowVersions.number));
        const live = await tx
          .select({
            flowVersionId: deployments.flowVersionId,
            accountId: deployments.accountId,
            accountName: accounts.name,
            priority: deployments.priority,
            deployedAt: deployments.deployedAt,
            deployedByName: users.name,
          })
          .from(deployments)
          .innerJoin(accounts, eq(accounts.id, deployments.accountId))
          .leftJoin(users, eq(users.id, deployments.deployedBy))
          .where(eq(deployments.flowId, input.flowId));
        return {
          flow: { id: flow.id, name: flow.name, revision: flow.revision },
          versions: versions.map((v) => ({
            ...v,
            liveOn: live
              .filter((d) => d.flowVersionId === v.id)
              .map(({ flowVersionId: _id, ...rest }) => rest),
          })),
        };
      }),
    ),

  /** One version's document (for the read-only canvas and the visual compare). */
  get: workspaceProcedure('viewer')
    .input(flowIdSchema.extend({ number: z.int().positive() }))
    .query(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        await canvasFlow({ tx, workspaceId: ctx.workspaceId, flowId: input.flowId });
        const version = await versionOf({ tx, flowId: input.flowId, number: input.number });
        return { number: version.number, document: validFlowDocument(version.document) };
      }),
    ),

  /** What changed from version `from` to version `to` (or to the current draft when `to` is 'draft'). */
  diff: workspaceProcedure('viewer')
    .input(
      flowIdSchema.extend({
        from: z.int().positive(),
        to: z.union([z.int().positive(), z.literal('draft')]),
      }),
    )
    .query(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        await canvasFlow({ tx, workspaceId: ctx.workspaceId, flowId: input.flowId });
        const before = validFlowDocument(
          (await versionOf({ tx, flowId: input.flowId, number: input.from })).document,
        );
        let after: FlowDocument;
        if (input.to === 'draft') {
          const [row] = await tx.select({ draft: flows.draft }).from(flows).where(eq(flows.id, input.flowId));
          after = validFlowDocument(row!.draft);
        } else {
          after = validFlowDocument(
            (await versionOf({ tx, flowId: input.flowId, number: input.to })).document,
          );
        }
        return { before, after, diff: diffFlowDocuments(before, after) };
      }),
    ),

  /**
   * Makes an existing version live on the given accounts (a rollback when it is older than what runs
   * there), atomically; no new version is created.
   */
  deploy: workspaceProcedure('editor')
    .input(flowIdSchema.extend({ number: z.int().positive(), accountIds: accountIdsSchema }))
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const flow = await canvasFlow({ tx, workspaceId: ctx.workspaceId, flowId: input.flowId, lock: true });
        const version = await versionOf({ tx, flowId: input.flowId, number: input.number });
        const deployed = await deployVersion({
          tx,
          workspaceId: ctx.workspaceId,
          flowId: input.flowId,
          flowVersionId: version.id,
          accountIds: input.accountIds,
          userId: ctx.user.id,
        });
        const rollback = deployed.some((a) => a.previousNumber !== null && a.previousNumber > version.number);
        await tx.insert(auditLog).values({
          workspaceId: ctx.workspaceId,
          actorUserId: ctx.user.id,
          action: rollback ? 'flow.rollback' : 'flow.deploy',
          targetType: 'flow',
          targetId: input.flowId,
          details: {
            flowName: flow.name,
            number: version.number,
            flowVersionId: version.id,
            accounts: deployed,
          },
        });
        return { number: version.number, accounts: deployed };
      }),
    ),

  /** Takes the flow off the given accounts (every account when none are named). */
  unpublish: workspaceProcedure('editor')
    .input(flowIdSchema.extend({ accountIds: accountIdsSchema.optional() }))
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const flow = await canvasFlow({ tx, workspaceId: ctx.workspaceId, flowId: input.flowId, lock: true });
        const removed = await undeployFlow({
          tx,
          flowId: input.flowId,
          ...(input.accountIds ? { accountIds: input.accountIds } : {}),
        });
        if (removed.length === 0)
          throw new AppError('NOT_DEPLOYED', 'The flow is not live on those accounts.');
        await tx.insert(auditLog).values({
          workspaceId: ctx.workspaceId,
          actorUserId: ctx.user.id,
          action: 'flow.unpublish',
          targetType: 'flow',
          targetId: input.flowId,
          details: { flowName: flow.name, accounts: removed },
        });
        return { accounts: removed };
      }),
    ),

  /**
   * Replaces the draft with a version's document (optimistic like saveDraft), so work can continue
   * from it; nothing goes live until the next publish.
   */
  restore: workspaceProcedure('editor')
    .input(flowIdSchema.extend({ number: z.int().positive(), revision: z.int().positive() }))
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const flow = await canvasFlow({ tx, workspaceId: ctx.workspaceId, flowId: input.flowId, lock: true });
        if (flow.revision !== input.revision)
          throw new AppError('REVISION_CONFLICT', 'Someone else saved this flow meanwhile.', {
            currentRevision: flow.revision,
          });
        const version = await versionOf({ tx, flowId: input.flowId, number: input.number });
        const [row] = await tx
          .update(flows)
          .set({
            draft: validFlowDocument(version.document),
            revision: flow.revision + 1,
            updatedAt: new Date(),
            updatedBy: ctx.user.id,
          })
          .where(eq(flows.id, input.flowId))
          .returning({ revision: flows.revision });
        await tx.insert(auditLog).values({
          workspaceId: ctx.workspaceId,
          actorUserId: ctx.user.id,
          action: 'flow.restore',
          targetType: 'flow',
          targetId: input.flowId,
          details: { flowName: flow.name, number: version.number },
        });
        return { revision: row!.revision };
      }),
    ),
});
