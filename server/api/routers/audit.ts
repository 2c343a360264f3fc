import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, users } from '../../db/schema';
import { auditActionsByCategory, auditCategories } from '../../audit/audit-actions';
import { router, workspaceProcedure } from '../trpc';

export const auditRouter = router({
  /** The workspace's audit log, newest first, a page at a time (owners only). */
  list: workspaceProcedure('owner')
    .input(
      z.object({
        category: z.enum(auditCategories).default('all'),
        /** The id of the last entry of the previous page. */
        cursor: z.int().positive().nullish(),
        limit: z.int().min(1).max(100).default(50),
      }),
    )
    .query(async ({ ctx, input }) => {
      const rows = await ctx.services.db
        .select({
          id: auditLog.id,
          action: auditLog.action,
          targetType: auditLog.targetType,
          targetId: auditLog.targetId,
          details: auditLog.details,
          createdAt: auditLog.createdAt,
          actorName: users.name,
          actorEmail: users.email,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .where(
          and(
            eq(auditLog.workspaceId, ctx.workspaceId),
            input.category === 'all'
              ? undefined
              : inArray(auditLog.action, [...auditActionsByCategory[input.category]]),
            input.cursor ? lt(auditLog.id, input.cursor) : undefined,
          ),
        )
        .orderBy(desc(auditLog.id))
        .limit(input.limit + 1);
      const page = rows.slice(0, input.limit);
      return {
        entries: page,
        nextCursor: rows.length > input.limit ? page.at(-1)!.id : null,
      };
    }),
});
