import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, accountTypeEnum, auditLog, channels } from '../../db/schema';
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

const accountFields = z.object({
  name: nameSchema,
  timezone: timezoneSchema.default('Asia/Shanghai'),
  sessionTimeoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .default(30),
  defaultLocale: z.enum(['en', 'zh-CN']).default('zh-CN'),
});

export const accountRouter = router({
  list: workspaceProcedure('viewer')
    .input(z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }))
    .query(({ ctx, input }) =>
      ctx.services.db
        .select({
          id: accounts.id,
          name: accounts.name,
          type: accounts.type,
          timezone: accounts.timezone,
          sessionTimeoutMinutes: accounts.sessionTimeoutMinutes,
          defaultLocale: accounts.defaultLocale,
          archivedAt: accounts.archivedAt,
          createdAt: accounts.createdAt,
          httpAllowlist: sql<string[]>`coalesce(${accounts.settings} -> 'httpAllowlist', '[]'::jsonb)`,
          channelCount: count(channels.id),
        })
        .from(accounts)
        .leftJoin(channels, eq(channels.accountId, accounts.id))
        .where(
          and(
            eq(accounts.workspaceId, ctx.workspaceId),
            input.includeArchived ? undefined : isNull(accounts.archivedAt),
          ),
        )
        .groupBy(accounts.id)
        .orderBy(asc(accounts.createdAt)),
    ),

  create: workspaceProcedure('editor')
    .input(accountFields.extend({ type: z.enum(accountTypeEnum.enumValues) }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.services.db
        .insert(accounts)
        .values({ ...input, workspaceId: ctx.workspaceId })
        .returning({ id: accounts.id, name: accounts.name, type: accounts.type });
      return row!;
    }),

  update: workspaceProcedure('editor')
    .input(accountFields.partial().extend({ accountId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { accountId, ...fields } = input;
      const rows = await ctx.services.db
        .update(accounts)
        .set({ ...fields, updatedAt: new Date() })
        .where(and(eq(accounts.id, accountId), eq(accounts.workspaceId, ctx.workspaceId)))
        .returning({ id: accounts.id });
      if (rows.length === 0) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
      return { id: accountId };
    }),

  archive: workspaceProcedure('editor')
    .input(z.object({ accountId: z.uuid(), archived: z.boolean().default(true) }))
    .mutation(async ({ ctx, input }) => {
      const rows = await ctx.services.db
        .update(accounts)
        .set({ archivedAt: input.archived ? new Date() : null, updatedAt: new Date() })
        .where(and(eq(accounts.id, input.accountId), eq(accounts.workspaceId, ctx.workspaceId)))
        .returning({ id: accounts.id });
      if (rows.length === 0) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
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
