import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, auditLog, channels, channelTypeEnum } from '../../db/schema';
import { createChannel, newWebhookSecret, secretHint } from '../../channels/create-channel';
import type { Tx } from '../../db/client';
import { AppError } from '../app-error';
import { router, workspaceProcedure } from '../trpc';
import { nameSchema } from './workspace';

/** Where a webhook channel POSTs replies produced after the HTTP response (delays, HTTP nodes, operators). */
const callbackUrlSchema = z
  .url({ protocol: /^https?$/, error: 'Enter an http:// or https:// URL' })
  .max(2000, 'At most 2000 characters');

/** A channel's non-secret settings as stored in `channels.config` (unknown keys are kept). */
const channelConfigSchema = z.record(z.string(), z.unknown()).catch({});

const channelIdSchema = z.object({ channelId: z.uuid() });

/** Locks one channel of the workspace for a change; another workspace's channel does not exist. */
async function lockChannel(tx: Tx, workspaceId: string, channelId: string) {
  const [row] = await tx
    .select({
      id: channels.id,
      type: channels.type,
      name: channels.name,
      accountId: channels.accountId,
      accountName: accounts.name,
      config: channels.config,
    })
    .from(channels)
    .innerJoin(accounts, eq(accounts.id, channels.accountId))
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)))
    .for('update', { of: channels });
  if (!row) throw new AppError('CHANNEL_NOT_FOUND', 'Channel not found.');
  return row;
}

function assertWebhook(type: string): void {
  if (type !== 'webhook') {
    throw new AppError('WEBHOOK_ONLY', 'Only webhook channels have a signing secret and a callback URL.');
  }
}

/**
 * Channels of an account: web chat and webhook today (WeChat and WeCom arrive with their own issue).
 * Secrets leave the server once, in the answer of `create` or `rotateSecret`; nothing reads them back.
 */
export const channelRouter = router({
  list: workspaceProcedure('viewer')
    .input(z.object({ accountId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const [account] = await ctx.services.db
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(eq(accounts.id, input.accountId), eq(accounts.workspaceId, ctx.workspaceId)));
      if (!account) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
      const rows = await ctx.services.db
        .select({
          id: channels.id,
          type: channels.type,
          name: channels.name,
          publicKey: channels.publicKey,
          enabled: channels.enabled,
          config: channels.config,
          hasSecret: sql<boolean>`${channels.secretsEncrypted} is not null`,
          createdAt: channels.createdAt,
        })
        .from(channels)
        .where(and(eq(channels.accountId, input.accountId), eq(channels.workspaceId, ctx.workspaceId)))
        .orderBy(asc(channels.createdAt), asc(channels.id));
      return rows.map((row) => ({ ...row, config: channelConfigSchema.parse(row.config) }));
    }),

  create: workspaceProcedure('editor')
    .input(
      z.object({
        accountId: z.uuid(),
        type: z.enum(channelTypeEnum.enumValues),
        name: nameSchema,
        callbackUrl: callbackUrlSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (input.type !== 'webchat' && input.type !== 'webhook') {
        throw new AppError(
          'CHANNEL_TYPE_UNSUPPORTED',
          'WeChat and WeCom channels cannot be added here yet; add a web chat or webhook channel.',
          { type: input.type },
        );
      }
      if (input.callbackUrl !== undefined) assertWebhook(input.type);
      // A channel with a signing secret is a credential: owners manage credentials.
      if (input.type === 'webhook' && ctx.role !== 'owner')
        throw new AppError('ROLE_REQUIRED', 'Adding a channel with credentials needs the owner role.', {
          required: 'owner',
        });
      const [account] = await ctx.services.db
        .select({ archivedAt: accounts.archivedAt, name: accounts.name })
        .from(accounts)
        .where(and(eq(accounts.id, input.accountId), eq(accounts.workspaceId, ctx.workspaceId)));
      if (!account) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
      if (account.archivedAt) {
        throw new AppError('ACCOUNT_ARCHIVED', 'Restore the account before adding channels to it.');
      }
      const created = await createChannel({
        services: ctx.services,
        workspaceId: ctx.workspaceId,
        accountId: input.accountId,
        type: input.type,
        name: input.name,
        config: input.callbackUrl ? { callbackUrl: input.callbackUrl } : {},
      });
      await ctx.services.db.insert(auditLog).values({
        workspaceId: ctx.workspaceId,
        actorUserId: ctx.user.id,
        action: 'channel.create',
        targetType: 'channel',
        targetId: created.channelId,
        details: {
          accountId: input.accountId,
          accountName: account.name,
          type: input.type,
          name: input.name,
        },
      });
      return created;
    }),

  update: workspaceProcedure('editor')
    .input(
      channelIdSchema.extend({
        name: nameSchema.optional(),
        enabled: z.boolean().optional(),
        /** A URL sets it, null removes it, absent leaves it. */
        callbackUrl: callbackUrlSchema.nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const current = await lockChannel(tx, ctx.workspaceId, input.channelId);
        let config = channelConfigSchema.parse(current.config);
        if (input.callbackUrl !== undefined) {
          assertWebhook(current.type);
          const { callbackUrl: _previous, ...rest } = config;
          config = input.callbackUrl === null ? rest : { ...rest, callbackUrl: input.callbackUrl };
        }
        await tx
          .update(channels)
          .set({
            ...(input.name !== undefined ? { name: input.name } : {}),
            ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
            config,
            updatedAt: new Date(),
          })
          .where(eq(channels.id, current.id));
        return { id: current.id };
      }),
    ),

  rotateSecret: workspaceProcedure('owner')
    .input(channelIdSchema)
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const current = await lockChannel(tx, ctx.workspaceId, input.channelId);
        assertWebhook(current.type);
        const secret = newWebhookSecret();
        await tx
          .update(channels)
          .set({
            secretsEncrypted: ctx.services.secrets.encryptJson({ signingSecret: secret }),
            config: { ...channelConfigSchema.parse(current.config), secretHint: secretHint(secret) },
            updatedAt: new Date(),
          })
          .where(eq(channels.id, current.id));
        await tx.insert(auditLog).values({
          workspaceId: ctx.workspaceId,
          actorUserId: ctx.user.id,
          action: 'channel.rotate-secret',
          targetType: 'channel',
          targetId: current.id,
          details: { accountId: current.accountId, accountName: current.accountName, name: current.name },
        });
        return { channelId: current.id, secret };
      }),
    ),

  /** Deletes the channel with its contacts, conversations and messages (foreign keys cascade). */
  delete: workspaceProcedure('owner')
    .input(channelIdSchema)
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const [row] = await tx
          .delete(channels)
          .where(and(eq(channels.id, input.channelId), eq(channels.workspaceId, ctx.workspaceId)))
          .returning({
            id: channels.id,
            type: channels.type,
            name: channels.name,
            accountId: channels.accountId,
          });
        if (!row) throw new AppError('CHANNEL_NOT_FOUND', 'Channel not found.');
        await tx.insert(auditLog).values({
          workspaceId: ctx.workspaceId,
          actorUserId: ctx.user.id,
          action: 'channel.delete',
          targetType: 'channel',
          targetId: row.id,
          details: { accountId: row.accountId, type: row.type, name: row.name },
        });
        return { channelId: row.id };
      }),
    ),
});
