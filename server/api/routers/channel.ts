import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, auditLog, channels, channelTypeEnum } from '../../db/schema';
import {
  apiBaseSchema,
  wechatMpSetupFields,
  wechatMpSetupSchema,
  wecomSetupSchema,
} from '@/core/channels/wechat-setup-schema';
import { createChannel, newWebhookSecret, secretHint } from '../../channels/create-channel';
import { mergeWeChatSetup } from '../../channels/wechat/merge-wechat-setup';
import { wechatChannelRecord } from '../../channels/wechat/wechat-channel-record';
import { apiBaseAllowed } from '../../channels/wechat/delivery/sender-of';
import type { Tx } from '../../db/client';
import { AppError } from '../app-error';
import { router, workspaceProcedure } from '../trpc';
import { webhookCallbackUrlSchema } from '../../channels/webhook/webhook-contract';
import { nameSchema } from './workspace';

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
      secretsEncrypted: channels.secretsEncrypted,
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

/** Changes to a WeChat / WeCom channel's settings: a value replaces, absent keeps. */
const wechatChangeSchema = wechatMpSetupFields
  .extend(wecomSetupSchema.shape)
  .partial()
  .extend({ apiBase: apiBaseSchema.nullable().optional() });

const MP_KEYS = Object.keys(wechatMpSetupFields.shape);
const WECOM_KEYS = Object.keys(wecomSetupSchema.shape);

/** An API base other than WeChat's own hosts must be allowed by the server's administrator. */
function assertApiBaseAllowed(apiBase: string, allowed: readonly string[]): void {
  if (!apiBaseAllowed(apiBase, allowed))
    throw new AppError(
      'CHANNEL_SETTINGS_INVALID',
      'This API base is not allowed on this server (REPLYFLOW_WECHAT_API_BASES).',
      { field: 'apiBase', problem: 'wechat.apiBaseNotAllowed' },
    );
}

const isWeChatType = (type: string): type is 'wechat_mp' | 'wecom' =>
  type === 'wechat_mp' || type === 'wecom';

/**
 * Channels of an account: web chat, webhook, WeChat Official Account and WeCom app. Secrets never
 * leave the server, except a webhook's signing secret once, in the answer of `create` or `rotateSecret`.
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
          verifiedAt: channels.verifiedAt,
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
        callbackUrl: webhookCallbackUrlSchema.optional(),
        /** Official Account settings (type `wechat_mp` only). */
        wechat: wechatMpSetupSchema.optional(),
        /** WeCom app settings (type `wecom` only). */
        wecom: wecomSetupSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (input.callbackUrl !== undefined) assertWebhook(input.type);
      const setup =
        input.type === 'wechat_mp' && input.wechat
          ? wechatChannelRecord({ type: 'wechat_mp', value: input.wechat })
          : input.type === 'wecom' && input.wecom
            ? wechatChannelRecord({ type: 'wecom', value: input.wecom })
            : undefined;
      const given = (input.wechat ? 1 : 0) + (input.wecom ? 1 : 0);
      if (isWeChatType(input.type) ? setup === undefined || given !== 1 : given > 0) {
        throw new AppError(
          'CHANNEL_SETTINGS_INVALID',
          'Official Account channels take `wechat` settings and WeCom channels `wecom` settings; other channels take neither.',
          { field: input.type === 'wecom' ? 'wecom' : 'wechat', problem: 'wechat.settingsMissing' },
        );
      }
      const apiBase = input.wechat?.apiBase ?? input.wecom?.apiBase;
      if (apiBase !== undefined) assertApiBaseAllowed(apiBase, ctx.services.config.wechatApiBases);
      // A channel with a signing secret or app credentials: owners manage credentials.
      if (input.type !== 'webchat' && ctx.role !== 'owner')
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
        ...(setup ? { wechat: setup } : {}),
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
        callbackUrl: webhookCallbackUrlSchema.nullable().optional(),
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

  /** Changes an Official Account / WeCom channel's settings; a new token, key or id needs WeChat's check again. */
  updateWeChat: workspaceProcedure('owner')
    .input(channelIdSchema.extend({ settings: wechatChangeSchema }))
    .mutation(async ({ ctx, input }) => {
      const updated = await ctx.services.db.transaction(async (tx) => {
        const current = await lockChannel(tx, ctx.workspaceId, input.channelId);
        if (!isWeChatType(current.type))
          throw new AppError('WECHAT_ONLY', 'Only WeChat and WeCom channels have these settings.');
        const foreign = Object.keys(input.settings).filter(
          (key) =>
            input.settings[key as keyof typeof input.settings] !== undefined &&
            !(current.type === 'wechat_mp' ? MP_KEYS : WECOM_KEYS).includes(key),
        );
        if (foreign.length > 0)
          throw new AppError(
            'CHANNEL_SETTINGS_INVALID',
            `Not a setting of this channel: ${foreign.join(', ')}`,
            {
              field: foreign[0],
              problem: 'wechat.settingForeign',
            },
          );
        if (typeof input.settings.apiBase === 'string')
          assertApiBaseAllowed(input.settings.apiBase, ctx.services.config.wechatApiBases);
        const { record, reverify } = mergeWeChatSetup({
          type: current.type,
          config: channelConfigSchema.parse(current.config),
          secrets: current.secretsEncrypted ? ctx.services.secrets.decryptJson(current.secretsEncrypted) : {},
          change: input.settings,
        });
        await tx
          .update(channels)
          .set({
            config: record.config,
            secretsEncrypted: ctx.services.secrets.encryptJson(record.secrets),
            ...(reverify ? { verifiedAt: null } : {}),
            updatedAt: new Date(),
          })
          .where(eq(channels.id, current.id));
        const changed = Object.keys(input.settings).filter(
          (k) => input.settings[k as keyof typeof input.settings] !== undefined,
        );
        await tx.insert(auditLog).values({
          workspaceId: ctx.workspaceId,
          actorUserId: ctx.user.id,
          action: 'channel.update-settings',
          targetType: 'channel',
          targetId: current.id,
          details: {
            accountId: current.accountId,
            accountName: current.accountName,
            name: current.name,
            changed,
          },
        });
        return { id: current.id, reverify };
      });
      // Once committed: a callback in between would otherwise cache the old Token and key again.
      ctx.services.runtime.channels.invalidate();
      return updated;
    }),

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
