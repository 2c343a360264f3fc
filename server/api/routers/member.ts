import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, memberships, roleEnum, users } from '../../db/schema';
import type { Tx } from '../../db/client';
import { AppError } from '../app-error';
import { router, workspaceProcedure } from '../trpc';

/** Refuses a change that would leave the workspace without an owner (rows locked against races). */
async function assertOtherOwnerRemains(tx: Tx, workspaceId: string, userId: string): Promise<void> {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'owner')))
    .for('update');
  if (owners.every((o) => o.userId === userId)) {
    throw new AppError('LAST_OWNER', 'A workspace needs at least one owner.');
  }
}

/** Locks one membership row for a change; refuses an unknown member. */
async function lockMembership(tx: Tx, workspaceId: string, userId: string) {
  const where = and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId));
  const [current] = await tx
    .select({ role: memberships.role, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(where)
    .for('update', { of: memberships });
  if (!current) throw new AppError('MEMBER_NOT_FOUND', 'No such member.');
  return { where, current };
}

const targetSchema = z.object({ userId: z.string().min(1) });

export const memberRouter = router({
  list: workspaceProcedure('viewer').query(({ ctx }) =>
    ctx.services.db
      .select({
        userId: users.id,
        name: users.name,
        email: users.email,
        role: memberships.role,
        joinedAt: memberships.createdAt,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.workspaceId, ctx.workspaceId))
      .orderBy(memberships.createdAt),
  ),

  updateRole: workspaceProcedure('owner')
    .input(targetSchema.extend({ role: z.enum(roleEnum.enumValues) }))
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const { where, current } = await lockMembership(tx, ctx.workspaceId, input.userId);
        if (current.role === 'owner' && input.role !== 'owner') {
          await assertOtherOwnerRemains(tx, ctx.workspaceId, input.userId);
        }
        await tx.update(memberships).set({ role: input.role }).where(where);
        await tx.insert(auditLog).values({
          workspaceId: ctx.workspaceId,
          actorUserId: ctx.user.id,
          action: 'member.role',
          targetType: 'user',
          targetId: input.userId,
          details: { email: current.email, name: current.name, from: current.role, to: input.role },
        });
        return { userId: input.userId, role: input.role };
      }),
    ),

  remove: workspaceProcedure('owner')
    .input(targetSchema)
    .mutation(({ ctx, input }) =>
      ctx.services.db.transaction(async (tx) => {
        const { where, current } = await lockMembership(tx, ctx.workspaceId, input.userId);
        if (current.role === 'owner') await assertOtherOwnerRemains(tx, ctx.workspaceId, input.userId);
        await tx.delete(memberships).where(where);
        await tx.insert(auditLog).values({
          workspaceId: ctx.workspaceId,
          actorUserId: ctx.user.id,
          action: 'member.remove',
          targetType: 'user',
          targetId: input.userId,
          details: { email: current.email, name: current.name, role: current.role },
        });
        return { userId: input.userId };
      }),
    ),
});
