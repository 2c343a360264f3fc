import { count } from 'drizzle-orm';
import { users } from '../../db/schema';
import { publicProcedure, router } from '../trpc';

export const setupRouter = router({
  /** True on a fresh install with no user yet: the UI then offers the first-run page. */
  status: publicProcedure.query(async ({ ctx }) => {
    const [row] = await ctx.services.db.select({ n: count() }).from(users);
    return { needsSetup: (row?.n ?? 0) === 0 };
  }),
});
