import { and, eq, inArray, sql } from 'drizzle-orm';
import { accounts, deployments } from '../db/schema';
import type { Tx } from '../db/client';

/**
 * Takes a flow off the given accounts (all of them when `accountIds` is absent) and bumps their
 * deployment revision, inside the caller's transaction. Conversations already on the flow end at
 * their next idle message; their version stays for the transcripts. Returns the accounts it left.
 */
export async function undeployFlow(options: {
  tx: Tx;
  flowId: string;
  accountIds?: readonly string[];
}): Promise<{ accountId: string; accountName: string }[]> {
  const { tx, flowId } = options;
  // Accounts first, in id order, as publishing locks them, then their deployment rows.
  await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(
      inArray(
        accounts.id,
        tx
          .select({ id: deployments.accountId })
          .from(deployments)
          .where(
            and(
              eq(deployments.flowId, flowId),
              options.accountIds ? inArray(deployments.accountId, [...options.accountIds]) : undefined,
            ),
          ),
      ),
    )
    .orderBy(accounts.id)
    .for('update');
  const removed = await tx
    .delete(deployments)
    .where(
      and(
        eq(deployments.flowId, flowId),
        options.accountIds ? inArray(deployments.accountId, [...options.accountIds]) : undefined,
      ),
    )
    .returning({ accountId: deployments.accountId });
  if (removed.length === 0) return [];
  const ids = removed.map((r) => r.accountId);
  const rows = await tx
    .update(accounts)
    .set({ deploymentRevision: sql`${accounts.deploymentRevision} + 1` })
    .where(inArray(accounts.id, ids))
    .returning({ id: accounts.id, name: accounts.name });
  return rows.map((r) => ({ accountId: r.id, accountName: r.name }));
}
