import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, accountTypeEnum, auditLog } from '../../db/schema';
import { autoReplySettingsSchema } from '@/core';
import { applyAutoReplies } from '../../flows/apply-auto-replies';
import { httpAllowlistSchema } from '../../runtime/http/http-allowlist';
import { AppError } from '../app-error';
import { router, workspaceProcedure } from '../trpc';
import { nameSchema } from './workspace';

const timezoneSchema = z
  .string()
  .trim()
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone');

/** An account's editable fields, without defaults (an update changes only what it names). */
const accountFieldSchemas = {
  name: nameSchema,
  timezone: timezoneSchema,
  sessionTimeoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30),
  defaultLocale: z.enum(['en', 'zh-CN']),
  /** An https (or http) image URL shown in web chat; '' or null removes it. */
  avatarUrl: z
    .union([
      z.url({ protocol: /^https?$/, error: 'Enter an http:// or https:// URL' }).max(2000),
      z.literal(''),
    ])
    .nullable()
    .transform((v) => v || null),
};

/** A new account: what is not given takes its default. */
const newAccountFields = z.object({
  ...accountFieldSchemas,
  timezone: accountFieldSchemas.timezone.default('Asia/Shanghai'),
  sessionTimeoutMinutes: accountFieldSchemas.sessionTimeoutMinutes.default(30),
  defaultLocale: accountFieldSchemas.defaultLocale.default('zh-CN'),
  avatarUrl: accountFieldSchemas.avatarUrl.optional(),
});

/** A change: every field optional and never defaulted (zod applies defaults inside `.partial()`). */
const accountChanges = z.object(accountFieldSchemas).partial();

/** What `list` and `get` answer for an account (the channel and live-flow counts correlated). */
const accountColumns = {
  id: accounts.id,
  name: accounts.name,
  type: accounts.type,
  avatarUrl: accounts.avatarUrl,
  timezone: accounts.timezone,
  sessionTimeoutMinutes: accounts.sessionTimeoutMinutes,
  defaultLocale: accounts.defaultLocale,
  archivedAt: accounts.archivedAt,
  createdAt: accounts.createdAt,
  httpAllowlist: sql<string[]>`coalesce(${accounts.settings} -> 'httpAllowlist', '[]'::jsonb)`,
  channelCount: sql<number>`(select count(*)::int from channels c where c.account_id = "accounts"."id")`,
  liveFlowCount: sql<number>`(select count(*)::int from deployments d where d.account_id = "accounts"."id")`,
};

export const accountRouter = router({
  list: workspaceProcedure('viewer')
    .input(z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }))
    .query(({ ctx, input }) =>
      ctx.services.db
        .select(accountColumns)
        .from(accounts)
        .where(
          and(
            eq(accounts.workspaceId, ctx.workspaceId),
            input.includeArchived ? undefined : isNull(accounts.archivedAt),
          ),
        )
        .orderBy(asc(accounts.createdAt)),
    ),

  /** One account (archived ones too) with its channel count and live flow count. */
  get: workspaceProcedure('viewer')
    .input(z.object({ accountId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.services.db
        .select(accountColumns)
        .from(accounts)
        .where(and(eq(accounts.id, input.accountId), eq(accounts.workspaceId, ctx.workspaceId)));
      if (!row) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
      return row;
    }),

  create: workspaceProcedure('editor')
    .input(newAccountFields.extend({ type: z.enum(accountTypeEnum.enumValues) }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.services.db
        .insert(accounts)
        .values({ ...input, workspaceId: ctx.workspaceId })
        .returning({ id: accounts.id, name: accounts.name, type: accounts.type });
      await ctx.services.db.insert(auditLog).values({
        workspaceId: ctx.workspaceId,
        actorUserId: ctx.user.id,
        action: 'account.create',
        targetType: 'account',
        targetId: row!.id,
        details: { accountName: row!.name, type: row!.type },
      });
      return row!;
    }),

  /**
   * Changes an account's settings. A new time zone regenerates its auto replies (business hours are
   * on the account's clock) in the same transaction.
   */
  update: workspaceProcedure('editor')
    .input(accountChanges.extend({ accountId: z.uuid() }))
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const { accountId, ...fields } = input;
        const [before] = await tx
          .select({
            timezone: accounts.timezone,
            settings: accounts.settings,
            archivedAt: accounts.archivedAt,
          })
          .from(accounts)
          .where(and(eq(accounts.id, accountId), eq(accounts.workspaceId, ctx.workspaceId)))
          .for('update');
        if (!before) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
        const [row] = await tx
          .update(accounts)
          .set({ ...fields, updatedAt: new Date() })
          .where(eq(accounts.id, accountId))
          .returning({ id: accounts.id, name: accounts.name, timezone: accounts.timezone });
        const stored = (before.settings as { autoReplies?: unknown }).autoReplies;
        if (fields.timezone && fields.timezone !== before.timezone && stored) {
          const settings = autoReplySettingsSchema.safeParse(stored);
          if (settings.success)
            await applyAutoReplies({
              tx,
              workspaceId: ctx.workspaceId,
              account: { id: accountId, timezone: row!.timezone },
              settings: settings.data,
              userId: ctx.user.id,
              // An archived account keeps its deployments; they follow its clock too.
              allowArchived: before.archivedAt !== null,
            });
        }
        await tx.insert(auditLog).values({
          workspaceId: ctx.workspaceId,
          actorUserId: ctx.user.id,
          action: 'account.update',
          targetType: 'account',
          targetId: accountId,
          details: { accountName: row!.name, changed: Object.keys(fields) },
        });
        return { id: accountId };
      }),
    ),

  archive: workspaceProcedure('editor')
    .input(z.object({ accountId: z.uuid(), archived: z.boolean().default(true) }))
    .mutation(async ({ ctx, input }) => {
      const rows = await ctx.services.db
        .update(accounts)
        .set({ archivedAt: input.archived ? new Date() : null, updatedAt: new Date() })
        .where(and(eq(accounts.id, input.accountId), eq(accounts.workspaceId, ctx.workspaceId)))
        .returning({ id: accounts.id, name: accounts.name });
      if (rows.length === 0) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
      await ctx.services.db.insert(auditLog).values({
        workspaceId: ctx.workspaceId,
        actorUserId: ctx.user.id,
        action: 'account.archive',
        targetType: 'account',
        targetId: input.accountId,
        details: { accountName: rows[0]!.name, archived: input.archived },
      });
      return { id: input.accountId, archived: input.archived };
    }),

  /**
   * Private hosts, addresses and ranges the account's HTTP-request nodes may call (everything private
   * or loopback is refused otherwise). Owner-only: it opens the server's network to flow authors.
   */
  setHttpAllowlist: workspaceProcedure('owner')
    .input(z.object({ accountId: z.uuid(), allowlist: httpAllowlistSchema }))
    .mutation(async ({ ctx, input }) => {
      const rows = await ctx.services.db
        .update(accounts)
        .set({
          settings: sql`${accounts.settings} || jsonb_build_object('httpAllowlist', ${JSON.stringify(input.allowlist)}::text::jsonb)`,
          updatedAt: new Date(),
        })
        .where(and(eq(accounts.id, input.accountId), eq(accounts.workspaceId, ctx.workspaceId)))
        .returning({ id: accounts.id });
      if (rows.length === 0) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
      await ctx.services.db.insert(auditLog).values({
        workspaceId: ctx.workspaceId,
        actorUserId: ctx.user.id,
        action: 'account.set-http-allowlist',
        targetType: 'account',
        targetId: input.accountId,
        details: { allowlist: input.allowlist },
      });
      return { accountId: input.accountId, allowlist: input.allowlist };
    }),
});
