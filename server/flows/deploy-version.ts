import { and, eq, inArray, sql } from 'drizzle-orm';
import { compiledFlowSchema } from '@/core';
import { accounts, deployments, flowVersions } from '../db/schema';
import type { Tx } from '../db/client';
import { AppError } from '../api/app-error';

export interface DeployVersionOptions {
  tx: Tx;
  workspaceId: string;
  flowId: string;
  flowVersionId: string;
  accountIds: readonly string[];
  userId: string | null;
  /** Merge order among the flows live on an account; an existing deployment keeps its own when absent. */
  priority?: number;
  /** Regenerating what already runs on an archived account (its auto replies) is allowed. */
  allowArchived?: boolean;
}

export interface DeployedAccount {
  id: string;
  name: string;
  /** The version number this flow had live on the account before, or null. */
  previousNumber: number | null;
}

/**
 * Makes one version of a flow the live one on each account (replacing the flow's earlier version
 * there) and bumps the accounts' deployment revision, inside the caller's transaction: a message is
 * processed entirely before or entirely after. Archived or foreign accounts refuse the whole change.
 */
export async function deployVersion(options: DeployVersionOptions): Promise<DeployedAccount[]> {
  const { tx, workspaceId, flowId, flowVersionId, userId } = options;
  const accountIds = [...new Set(options.accountIds)];
  if (accountIds.length === 0) return [];
  const targets = await tx
    .select({ id: accounts.id, name: accounts.name, archivedAt: accounts.archivedAt })
    .from(accounts)
    .where(and(inArray(accounts.id, accountIds), eq(accounts.workspaceId, workspaceId)))
    .orderBy(accounts.id)
    .for('update');
  if (targets.length !== accountIds.length) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
  const archived = options.allowArchived ? undefined : targets.find((a) => a.archivedAt !== null);
  if (archived)
    throw new AppError('ACCOUNT_ARCHIVED', `Account "${archived.name}" is archived.`, {
      accountId: archived.id,
    });
  const previous = await tx
    .select({
      accountId: deployments.accountId,
      number: flowVersions.number,
      triggerPriorities: deployments.triggerPriorities,
    })
    .from(deployments)
    .innerJoin(flowVersions, eq(flowVersions.id, deployments.flowVersionId))
    .where(and(eq(deployments.flowId, flowId), inArray(deployments.accountId, accountIds)));
  // Account overrides of triggers the new version no longer has are dropped (ids may come back).
  const [version] = await tx
    .select({ compiled: flowVersions.compiled })
    .from(flowVersions)
    .where(eq(flowVersions.id, flowVersionId));
  const triggerIds = new Set(compiledFlowSchema.parse(version!.compiled).triggers.map((t) => t.nodeId));
  for (const accountId of accountIds) {
    const kept = Object.fromEntries(
      Object.entries(previous.find((p) => p.accountId === accountId)?.triggerPriorities ?? {}).filter(
        ([id]) => triggerIds.has(id),
      ),
    );
    await tx
      .insert(deployments)
      .values({
        workspaceId,
        accountId,
        flowId,
        flowVersionId,
        priority: options.priority ?? 0,
        deployedBy: userId,
      })
      .onConflictDoUpdate({
        target: [deployments.accountId, deployments.flowId],
        set: {
          flowVersionId,
          triggerPriorities: kept,
          deployedBy: userId,
          deployedAt: sql`now()`,
          ...(options.priority === undefined ? {} : { priority: options.priority }),
        },
      });
  }
  await tx
    .update(accounts)
    .set({ deploymentRevision: sql`${accounts.deploymentRevision} + 1` })
    .where(inArray(accounts.id, accountIds));
  return accountIds.map((id) => ({
    id,
    name: targets.find((a) => a.id === id)!.name,
    previousNumber: previous.find((p) => p.accountId === id)?.number ?? null,
  }));
}
