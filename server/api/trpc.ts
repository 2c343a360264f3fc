import { initTRPC } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import { memberships, type Role } from '../db/schema';
import type { Services } from '../services';
import { AppError } from './app-error';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export interface Context {
  services: Services;
  /** The signed-in user, or null for anonymous callers. */
  user: SessionUser | null;
}

/**
 * How a procedure is guarded. Every procedure of the app router must carry one (the tenancy test
 * reads it): `workspace` ones resolve the caller's membership from the `workspaceId` input.
 */
export type Access = 'public' | 'user' | 'workspace';
export interface Meta {
  access: Access;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error instanceof AppError ? error : error.cause instanceof AppError ? error.cause : null;
      return {
        ...shape,
        data: {
          ...shape.data,
          stack: undefined,
          appCode: cause?.appCode ?? null,
          appDetails: cause?.details ?? null,
          zodIssues: error.cause instanceof ZodError ? error.cause.issues : null,
        },
      };
    },
  });

/** What a workspace procedure's handler (and helpers it passes `ctx` to) can rely on. */
export interface WorkspaceContext extends Context {
  user: SessionUser;
  workspaceId: string;
  role: Role;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.meta({ access: 'public' });

export const userProcedure = t.procedure.meta({ access: 'user' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new AppError('NOT_SIGNED_IN', 'Sign in first.');
  return next({ ctx: { ...ctx, user: ctx.user } });
});

const roleRank: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };

/**
 * A procedure that acts inside one workspace: the input carries `workspaceId`, the caller must be a
 * member with at least `minRole`. Membership is checked before the procedure's own input is parsed.
 */
export function workspaceProcedure(minRole: Role) {
  return userProcedure
    .meta({ access: 'workspace' })
    .input(z.object({ workspaceId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      const [member] = await ctx.services.db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, input.workspaceId), eq(memberships.userId, ctx.user.id)))
        .limit(1);
      if (!member) throw new AppError('NOT_A_MEMBER', 'You are not a member of this workspace.');
      if (roleRank[member.role] < roleRank[minRole]) {
        throw new AppError('ROLE_REQUIRED', `This needs the ${minRole} role.`, { required: minRole });
      }
      return next({ ctx: { ...ctx, workspaceId: input.workspaceId, role: member.role } });
    });
}
