import { and, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { compileFlow, parseFlowDocument, type Diagnostic } from '@/core';
import { accounts, auditLog, deployments, flowVersions, flows } from '../db/schema';
import { AppError } from '../api/app-error';
import type { Services } from '../services';

export interface PublishFlowOptions {
  services: Services;
  workspaceId: string;
  flowId: string;
  /** Accounts the new version goes live on (replacing this flow's earlier version there). */
  accountIds: string[];
  userId?: string | null;
  note?: string;
  /** Merge order among the flows live on an account (higher first). */
  priority?: number;
}

export interface PublishedVersion {
  flowVersionId: string;
  number: number;
  compiledHash: string;
  warnings: Diagnostic[];
}

/**
 * Compiles the flow's current draft into a new immutable, numbered version and deploys it to the
 * given accounts, in one transaction: a message is processed entirely by the old or the new version.
 * A draft with compile errors publishes nothing (FLOW_HAS_ERRORS, with the diagnostics).
 */
export async function publishFlow(options: PublishFlowOptions): Promise<PublishedVersion> {
  const { services, workspaceId, flowId, accountIds } = options;
  return services.db.transaction(async (tx) => {
    const [flow] = await tx
      .select({ draft: flows.draft })
      .from(flows)
      .where(and(eq(flows.id, flowId), eq(flows.workspaceId, workspaceId), isNull(flows.deletedAt)))
      .for('update');
    if (!flow) throw new AppError('FLOW_NOT_FOUND', 'Flow not found.');
    const parsed = parseFlowDocument(flow.draft);
    if (!parsed.ok)
      throw new AppError('INVALID_FLOW_DOCUMENT', 'The flow document is not valid.', {
        issues: parsed.issues,
      });
    const { compiled, diagnostics } = compileFlow(parsed.document);
    if (!compiled) {
      throw new AppError('FLOW_HAS_ERRORS', 'The flow has errors; fix them before publishing.', {
        diagnostics: diagnostics.filter((d) => d.severity === 'error'),
      });
    }
    if (accountIds.length > 0) {
      const owned = await tx
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(inArray(accounts.id, accountIds), eq(accounts.workspaceId, workspaceId)));
      if (owned.length !== new Set(accountIds).size)
        throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
    }
    const [last] = await tx
      .select({ n: max(flowVersions.number) })
      .from(flowVersions)
      .where(eq(flowVersions.flowId, flowId));
    const number = (last?.n ?? 0) + 1;
    const [version] = await tx
      .insert(flowVersions)
      .values({
        workspaceId,
        flowId,
        number,
        document: parsed.document,
        compiled,
        compiledHash: compiled.hash,
        note: options.note ?? '',
        createdBy: options.userId ?? null,
      })
      .returning({ id: flowVersions.id });
    const flowVersionId = version!.id;
    for (const accountId of accountIds) {
      await tx
        .insert(deployments)
        .values({
          workspaceId,
          accountId,
          flowId,
          flowVersionId,
          priority: options.priority ?? 0,
          deployedBy: options.userId ?? null,
        })
        .onConflictDoUpdate({
          target: [deployments.accountId, deployments.flowId],
          set: {
            flowVersionId,
            deployedBy: options.userId ?? null,
            deployedAt: new Date(),
            ...(options.priority === undefined ? {} : { priority: options.priority }),
          },
        });
    }
    if (accountIds.length > 0)
      await tx
        .update(accounts)
        .set({ deploymentRevision: sql`${accounts.deploymentRevision} + 1` })
        .where(inArray(accounts.id, accountIds));
    await tx.insert(auditLog).values({
      workspaceId,
      actorUserId: options.userId ?? null,
      action: 'flow.publish',
      targetType: 'flow',
      targetId: flowId,
      details: { number, flowVersionId, accountIds },
    });
    return {
      flowVersionId,
      number,
      compiledHash: compiled.hash,
      warnings: diagnostics.filter((d) => d.severity === 'warning'),
    };
  });
}
