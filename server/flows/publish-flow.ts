import { and, eq, isNull } from 'drizzle-orm';
import { compileFlow, type Diagnostic } from '@/core';
import { auditLog, flows } from '../db/schema';
import { AppError } from '../api/app-error';
import type { Services } from '../services';
import { runFlowTests } from '../simulator/run-flow-tests';
import { deployVersion } from './deploy-version';
import { insertVersion } from './insert-version';
import { validFlowDocument } from './valid-flow-document';

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
  /** The draft revision the publisher looked at: a newer saved draft answers REVISION_CONFLICT. */
  expectedRevision?: number;
  /** Without it, a draft with warnings publishes nothing (FLOW_HAS_WARNINGS, with the warnings). */
  confirmWarnings?: boolean;
  /** Publish although test cases fail (owners only; checked by the caller). TESTS_FAILED otherwise. */
  allowFailingTests?: boolean;
}

export interface PublishedVersion {
  flowVersionId: string;
  number: number;
  compiledHash: string;
  warnings: Diagnostic[];
  accounts: { id: string; name: string; previousNumber: number | null }[];
  /** The flow's test cases run on this draft: how many, and the names of those that failed. */
  tests: { total: number; failed: string[] };
}

/**
 * Compiles the flow's current draft into a new immutable, numbered version and deploys it to the
 * given accounts, in one transaction: a message is processed entirely by the old or the new version.
 * A draft with compile errors publishes nothing (FLOW_HAS_ERRORS, with the diagnostics); one with
 * warnings needs `confirmWarnings`.
 */
export async function publishFlow(options: PublishFlowOptions): Promise<PublishedVersion> {
  const { services, workspaceId, flowId, accountIds } = options;
  const userId = options.userId ?? null;
  return services.db.transaction(async (tx) => {
    const [flow] = await tx
      .select({ draft: flows.draft, revision: flows.revision, kind: flows.kind, name: flows.name })
      .from(flows)
      .where(and(eq(flows.id, flowId), eq(flows.workspaceId, workspaceId), isNull(flows.deletedAt)))
      .for('update');
    if (!flow) throw new AppError('FLOW_NOT_FOUND', 'Flow not found.');
    if (flow.kind !== 'canvas')
      throw new AppError('AUTO_REPLY_FLOW', "An account's auto replies are published from its page.");
    if (options.expectedRevision !== undefined && options.expectedRevision !== flow.revision)
      throw new AppError('REVISION_CONFLICT', 'The draft changed since you looked at it.', {
        currentRevision: flow.revision,
      });
    const document = validFlowDocument(flow.draft);
    const { compiled, diagnostics } = compileFlow(document);
    if (!compiled) {
      throw new AppError('FLOW_HAS_ERRORS', 'The flow has errors; fix them before publishing.', {
        diagnostics: diagnostics.filter((d) => d.severity === 'error'),
      });
    }
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    if (warnings.length > 0 && !options.confirmWarnings)
      throw new AppError('FLOW_HAS_WARNINGS', 'The flow has warnings; confirm to publish anyway.', {
        diagnostics: warnings,
      });
    // Test cases replay recorded HTTP responses: no IO, so running them here holds the lock briefly.
    const tests = await runFlowTests({ db: tx, workspaceId, flowId, compiled });
    const failed = tests.results.filter((r) => !r.passed);
    if (failed.length > 0 && !options.allowFailingTests)
      throw new AppError(
        'TESTS_FAILED',
        `${failed.length} of ${tests.total} test cases fail; fix them before publishing.`,
        {
          total: tests.total,
          failed: failed.map((r) => ({ id: r.id, name: r.name, firstFailure: r.firstFailure })),
        },
      );
    const { id: flowVersionId, number } = await insertVersion({
      tx,
      workspaceId,
      flowId,
      document,
      compiled,
      draftRevision: flow.revision,
      userId,
      note: options.note ?? '',
    });
    const deployed = await deployVersion({
      tx,
      workspaceId,
      flowId,
      flowVersionId,
      accountIds,
      userId,
      ...(options.priority === undefined ? {} : { priority: options.priority }),
    });
    await tx.insert(auditLog).values({
      workspaceId,
      actorUserId: userId,
      action: 'flow.publish',
      targetType: 'flow',
      targetId: flowId,
      details: {
        flowName: flow.name,
        number,
        flowVersionId,
        note: options.note ?? '',
        accountIds: deployed.map((a) => a.id),
        accounts: deployed,
        tests: { total: tests.total, failed: failed.map((r) => r.name) },
      },
    });
    return {
      flowVersionId,
      number,
      compiledHash: compiled.hash,
      warnings,
      accounts: deployed,
      tests: { total: tests.total, failed: failed.map((r) => r.name) },
    };
  });
}
