import { and, eq, sql } from 'drizzle-orm';
import { compileAutoReplies, type AutoReplySettings } from '@/core';
import { accounts, deployments, flowVersions, flows } from '../db/schema';
import type { Tx } from '../db/client';
import { AppError } from '../api/app-error';
import { deployVersion } from './deploy-version';
import { insertVersion } from './insert-version';
import { undeployFlow } from './undeploy-flow';
import { validFlowDocument } from './valid-flow-document';

export interface ApplyAutoRepliesOptions {
  tx: Tx;
  workspaceId: string;
  account: { id: string; timezone: string };
  settings: AutoReplySettings;
  userId: string | null;
  /** The auto-reply flow revision the caller edited (REVISION_CONFLICT when another save came first). */
  expectedRevision?: number;
  /** Regenerate even though the account is archived (a time-zone change). */
  allowArchived?: boolean;
}

export interface AppliedAutoReplies {
  revision: number;
  /** The version now live, or null when nothing is enabled (the account then has no auto replies). */
  versionNumber: number | null;
}

/** A document in the parser's canonical form (key order), comparable as one string. */
const canonical = (document: unknown) => JSON.stringify(validFlowDocument(document));

/**
 * Stores an account's auto replies and makes them live, inside the caller's transaction: they are
 * generated into the account's hidden auto-reply flow (core `compileAutoReplies`), published as a new
 * version when their behaviour changed, and deployed to the account only. Nothing enabled takes the
 * flow off the account. Problems (empty replies, duplicate keywords…) change nothing.
 */
export async function applyAutoReplies(options: ApplyAutoRepliesOptions): Promise<AppliedAutoReplies> {
  const { tx, workspaceId, account, settings, userId } = options;
  const result = compileAutoReplies({ settings, timezone: account.timezone });
  if (result.problems.length > 0)
    throw new AppError('AUTO_REPLY_INVALID', 'Some auto replies need fixing.', { problems: result.problems });

  const [existing] = await tx
    .select({ id: flows.id, revision: flows.revision })
    .from(flows)
    .where(and(eq(flows.accountId, account.id), eq(flows.kind, 'auto-reply')))
    .for('update');
  const currentRevision = existing?.revision ?? 0;
  if (options.expectedRevision !== undefined && options.expectedRevision !== currentRevision)
    throw new AppError('REVISION_CONFLICT', 'Someone else saved these auto replies meanwhile.', {
      currentRevision,
    });
  let flowId: string;
  let revision: number;
  if (existing) {
    flowId = existing.id;
    revision = existing.revision + 1;
    await tx
      .update(flows)
      .set({ draft: result.document, revision, updatedAt: new Date(), updatedBy: userId })
      .where(eq(flows.id, flowId));
  } else {
    const [row] = await tx
      .insert(flows)
      .values({
        workspaceId,
        accountId: account.id,
        kind: 'auto-reply',
        name: 'Auto replies',
        draft: result.document,
        updatedBy: userId,
      })
      .returning({ id: flows.id, revision: flows.revision });
    flowId = row!.id;
    revision = row!.revision;
  }
  await tx
    .update(accounts)
    .set({
      settings: sql`${accounts.settings} || jsonb_build_object('autoReplies', ${JSON.stringify(settings)}::text::jsonb)`,
      updatedAt: new Date(),
    })
    .where(eq(accounts.id, account.id));

  if (result.empty || !result.compiled) {
    await undeployFlow({ tx, flowId, accountIds: [account.id] });
    return { revision, versionNumber: null };
  }
  const [live] = await tx
    .select({ number: flowVersions.number, document: flowVersions.document })
    .from(deployments)
    .innerJoin(flowVersions, eq(flowVersions.id, deployments.flowVersionId))
    .where(and(eq(deployments.flowId, flowId), eq(deployments.accountId, account.id)));
  // Settings generate their document deterministically: the same document is nothing to publish
  // (a changed rule name is a change: it labels the rules table).
  if (live && canonical(live.document) === canonical(result.document))
    return { revision, versionNumber: live.number };

  const version = await insertVersion({
    tx,
    workspaceId,
    flowId,
    document: result.document,
    compiled: result.compiled,
    draftRevision: revision,
    userId,
  });
  await deployVersion({
    tx,
    workspaceId,
    flowId,
    flowVersionId: version.id,
    accountIds: [account.id],
    userId,
    ...(options.allowArchived ? { allowArchived: true } : {}),
  });
  return { revision, versionNumber: version.number };
}
