import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { memberships, users, workspaces } from '../../db/schema';
import { router, userProcedure } from '../trpc';

export const localeSchema = z.enum(['en', 'zh-CN']);

export const meRouter = router({
  /** The caller, their language and every workspace they belong to with their role. */
  get: userProcedure.query(async ({ ctx }) => {
    const [user] = await ctx.services.db
      .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
      .from(users)
      .where(eq(users.id, ctx.user.id));
    const rows = await ctx.services.db
      .select({ id: workspaces.id, name: workspaces.name, role: memberships.role })
      .from(memberships)
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .where(eq(memberships.userId, ctx.user.id))
      .orderBy(workspaces.createdAt);
    return { user: user ?? { ...ctx.user, locale: null }, workspaces: rows };
  }),

  setLocale: userProcedure.input(z.object({ locale: localeSchema })).mutation(async ({ ctx, input }) => {
    await ctx.services.db
      .update(users)
      .set({ locale: input.locale, updatedAt: new Date() })
      .where(eq(users.id, ctx.user.id));
    return { locale: input.locale };
  }),
});
