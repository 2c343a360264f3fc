import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, memberships, workspaces } from '../../db/schema';
import { AppError } from '../app-error';
import { router, userProcedure, workspaceProcedure } from '../trpc';

export const nameSchema = z.string().trim().min(1, 'Name is required').max(80, 'At most 80 characters');

export const workspaceRouter = router({
  /** Any signed-in user may create a workspace; they become its owner. */
  create: userProcedure.input(z.object({ name: nameSchema })).mutation(async ({ ctx, input }) => {
    return ctx.services.db.transaction(async (tx) => {
      const [ws] = await tx
        .insert(workspaces)
        .values({ name: input.name, createdBy: ctx.user.id })
        .returning({ id: workspaces.id, name: workspaces.name });
      if (!ws) throw new Error('insert returned nothing');
      await tx.insert(memberships).values({ workspaceId: ws.id, userId: ctx.user.id, role: 'owner' });
      await tx.insert(auditLog).values({
        workspaceId: ws.id,
        actorUserId: ctx.user.id,
        action: 'workspace.create',
        targetType: 'workspace',
        targetId: ws.id,
      });
      return ws;
    });
  }),

  get: workspaceProcedure('viewer').query(async ({ ctx }) => {
    const [ws] = await ctx.services.db
      .select({ id: workspaces.id, name: workspaces.name, createdAt: workspaces.createdAt })
      .from(workspaces)
      .where(eq(workspaces.id, ctx.workspaceId));
    if (!ws) throw new AppError('WORKSPACE_NOT_FOUND', 'Workspace not found.');
    return { ...ws, role: ctx.role };
  }),

  rename: workspaceProcedure('owner')
    .input(z.object({ name: nameSchema }))
    .mutation(async ({ ctx, input }) => {
      await ctx.services.db
        .update(workspaces)
        .set({ name: input.name, updatedAt: new Date() })
        .where(eq(workspaces.id, ctx.workspaceId));
      return { id: ctx.workspaceId, name: input.name };
    }),
});
