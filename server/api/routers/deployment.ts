import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { compiledFlowSchema } from '@/core';
import { accounts, auditLog, deployments, flowVersions, flows, users } from '../../db/schema';
import type { Db, Tx } from '../../db/client';
import { replyRulesTable } from '../../flows/reply-rules-table';
import { AppError } from '../app-error';
import { router, workspaceProcedure } from '../trpc';

const accountIdSchema = z.object({ accountId: z.uuid() });
const prioritySchema = z.int().min(-1000).max(1000);

/**
 * The workspace's account, locked when `lock`: deployment changes lock the account before its
 * deployment rows, in the same order as publishing, so they cannot deadlock with it.
 */
async function accountOf(options: { db: Db | Tx; workspaceId: string; accountId: string; lock?: boolean }) {
  const query = options.db
    .select({ id: accounts.id, name: accounts.name })
    .from(accounts)
    .where(and(eq(accounts.id, options.accountId), eq(accounts.workspaceId, options.workspaceId)));
  const [row] = await (options.lock ? query.for('update') : query);
  if (!row) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
  return row;
}

/** Locks one flow's deployment on an account for a change. */
async function deploymentOf(options: { tx: Tx; accountId: string; flowId: string }) {
  const [row] = await options.tx
    .select({
      id: deployments.id,
      priority: deployments.priority,
      triggerPriorities: deployments.triggerPriorities,
      compiled: flowVersions.compiled,
      flowName: flows.name,
    })
    .from(deployments)
    .innerJoin(flows, eq(flows.id, deployments.flowId))
    .innerJoin(flowVersions, eq(flowVersions.id, deployments.flowVersionId))
    .where(and(eq(deployments.accountId, options.accountId), eq(deployments.flowId, options.flowId)))
    .for('update', { of: deployments });
  if (!row) throw new AppError('NOT_DEPLOYED', 'The flow is not live on this account.');
  return row;
}

type LockedDeployment = Awaited<ReturnType<typeof deploymentOf>>;

/**
 * One change to a flow's deployment on an account, in its own transaction: `apply` updates the
 * locked deployment and returns what to audit and answer; the account's deployment revision is
 * bumped so runtimes take the change on the next message.
 */
function changeDeployment<T>(options: {
  db: Db;
  workspaceId: string;
  userId: string;
  target: { accountId: string; flowId: string };
  action: string;
  apply: (current: LockedDeployment, tx: Tx) => Promise<{ details: Record<string, unknown>; result: T }>;
}): Promise<T> {
  const { accountId, flowId } = options.target;
  return options.db.transaction(async (tx) => {
    const account = await accountOf({ db: tx, workspaceId: options.workspaceId, accountId, lock: true });
    const current = await deploymentOf({ tx, accountId, flowId });
    const { details, result } = await options.apply(current, tx);
    await tx
      .update(accounts)
      .set({ deploymentRevision: sql`${accounts.deploymentRevision} + 1` })
      .where(eq(accounts.id, accountId));
    await tx.insert(auditLog).values({
      workspaceId: options.workspaceId,
      actorUserId: options.userId,
      action: options.action,
      targetType: 'account',
      targetId: accountId,
      details: { accountName: account.name, flowId, flowName: current.flowName, ...details },
    });
    return result;
  });
}

/** What runs on an account: its live flows and versions, their merge order, and its reply rules. */
export const deploymentRouter = router({
  /** The account's live flows in merge order, with version, since when and by whom. */
  forAccount: workspaceProcedure('viewer')
    .input(accountIdSchema)
    .query(async ({ ctx, input }) => {
      await accountOf({ db: ctx.services.db, workspaceId: ctx.workspaceId, accountId: input.accountId });
      return ctx.services.db
        .select({
          flowId: flows.id,
          flowName: flows.name,
          flowKind: flows.kind,
          versionNumber: flowVersions.number,
          versionNote: flowVersions.note,
          latestVersion: sql<number>`(select max(v.number) from flow_versions v where v.flow_id = "flows"."id")`,
          priority: deployments.priority,
          overriddenTriggers: sql<number>`(select count(*)::int from jsonb_object_keys(${deployments.triggerPriorities}))`,
          deployedAt: deployments.deployedAt,
          deployedByName: users.name,
        })
        .from(deployments)
        .innerJoin(flows, eq(flows.id, deployments.flowId))
        .innerJoin(flowVersions, eq(flowVersions.id, deployments.flowVersionId))
        .leftJoin(users, eq(users.id, deployments.deployedBy))
        .where(and(eq(deployments.accountId, input.accountId), isNull(flows.deletedAt)))
        .orderBy(
          sql`${flows.kind} = 'auto-reply'`,
          desc(deployments.priority),
          desc(deployments.deployedAt),
          asc(flows.name),
        );
    }),

  /** Every keyword and event trigger live on the account in evaluation order, with conflicts. */
  replyRules: workspaceProcedure('viewer')
    .input(accountIdSchema)
    .query(async ({ ctx, input }) => {
      await accountOf({ db: ctx.services.db, workspaceId: ctx.workspaceId, accountId: input.accountId });
      return replyRulesTable({ db: ctx.services.db, accountId: input.accountId });
    }),

  /** A flow's merge order on the account (higher first; ties: most recently deployed). */
  setPriority: workspaceProcedure('editor')
    .input(accountIdSchema.extend({ flowId: z.uuid(), priority: prioritySchema }))
    .mutation(({ ctx, input }) =>
      changeDeployment({
        db: ctx.services.db,
        workspaceId: ctx.workspaceId,
        userId: ctx.user.id,
        target: input,
        action: 'deployment.priority',
        apply: async (current, tx) => {
          await tx
            .update(deployments)
            .set({ priority: input.priority })
            .where(eq(deployments.id, current.id));
          return {
            details: { from: current.priority, to: input.priority },
            result: { priority: input.priority },
          };
        },
      }),
    ),

  /**
   * This account's priority for one trigger of a live flow (null: back to the version's own). Takes
   * effect on the next message; the flow's versions are not changed.
   */
  setTriggerPriority: workspaceProcedure('editor')
    .input(
      accountIdSchema.extend({
        flowId: z.uuid(),
        nodeId: z.string().min(1).max(100),
        priority: prioritySchema.nullable(),
      }),
    )
    .mutation(({ ctx, input }) =>
      changeDeployment({
        db: ctx.services.db,
        workspaceId: ctx.workspaceId,
        userId: ctx.user.id,
        target: input,
        action: 'deployment.trigger-priority',
        apply: async (current, tx) => {
          const trigger = compiledFlowSchema
            .parse(current.compiled)
            .triggers.find((t) => t.nodeId === input.nodeId);
          if (!trigger) throw new AppError('TRIGGER_NOT_FOUND', 'The live version has no such trigger.');
          const { [input.nodeId]: previous, ...rest } = current.triggerPriorities ?? {};
          const next =
            input.priority === null || input.priority === trigger.priority
              ? rest
              : { ...rest, [input.nodeId]: input.priority };
          await tx.update(deployments).set({ triggerPriorities: next }).where(eq(deployments.id, current.id));
          return {
            details: {
              nodeId: input.nodeId,
              from: previous ?? trigger.priority,
              to: input.priority ?? trigger.priority,
            },
            result: { priority: input.priority ?? trigger.priority, overridden: input.nodeId in next },
          };
        },
      }),
    ),
});
