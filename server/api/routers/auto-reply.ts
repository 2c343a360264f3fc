import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { autoReplySettingsSchema } from '@/core';
import { accounts, auditLog, deployments, flowVersions, flows } from '../../db/schema';
import { applyAutoReplies } from '../../flows/apply-auto-replies';
import { AppError } from '../app-error';
import { router, workspaceProcedure } from '../trpc';

const accountIdSchema = z.object({ accountId: z.uuid() });

/**
 * An account's auto replies without a canvas: follow (welcome) reply, keyword → answer rules, the
 * default reply, business hours and the off-hours reply. Saving publishes them to the account.
 */
export const autoReplyRouter = router({
  get: workspaceProcedure('viewer')
    .input(accountIdSchema)
    .query(async ({ ctx, input }) => {
      const [account] = await ctx.services.db
        .select({ settings: accounts.settings, timezone: accounts.timezone })
        .from(accounts)
        .where(and(eq(accounts.id, input.accountId), eq(accounts.workspaceId, ctx.workspaceId)));
      if (!account) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
      const [flow] = await ctx.services.db
        .select({ revision: flows.revision, liveNumber: flowVersions.number })
        .from(flows)
        .leftJoin(
          deployments,
          and(eq(deployments.flowId, flows.id), eq(deployments.accountId, input.accountId)),
        )
        .leftJoin(flowVersions, eq(flowVersions.id, deployments.flowVersionId))
        .where(and(eq(flows.accountId, input.accountId), eq(flows.kind, 'auto-reply')));
      const stored = (account.settings as { autoReplies?: unknown }).autoReplies;
      const parsed = autoReplySettingsSchema.safeParse(stored ?? {});
      return {
        settings: parsed.success ? parsed.data : autoReplySettingsSchema.parse({}),
        revision: flow?.revision ?? 0,
        liveVersion: flow?.liveNumber ?? null,
        timezone: account.timezone,
      };
    }),

  save: workspaceProcedure('editor')
    .input(accountIdSchema.extend({ revision: z.int().min(0), settings: autoReplySettingsSchema }))
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const [account] = await tx
          .select({
            id: accounts.id,
            name: accounts.name,
            timezone: accounts.timezone,
            archivedAt: accounts.archivedAt,
          })
          .from(accounts)
          .where(and(eq(accounts.id, input.accountId), eq(accounts.workspaceId, ctx.workspaceId)))
          .for('update');
        if (!account) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
        if (account.archivedAt) throw new AppError('ACCOUNT_ARCHIVED', 'The account is archived.');
        const applied = await applyAutoReplies({
          tx,
          workspaceId: ctx.workspaceId,
          account,
          settings: input.settings,
          userId: ctx.user.id,
          expectedRevision: input.revision,
        });
        await tx.insert(auditLog).values({
          workspaceId: ctx.workspaceId,
          actorUserId: ctx.user.id,
          action: 'account.auto-replies',
          targetType: 'account',
          targetId: input.accountId,
          details: {
            accountName: account.name,
            versionNumber: applied.versionNumber,
            keywordRules: input.settings.keywordRules.length,
          },
        });
        return applied;
      }),
    ),
});
