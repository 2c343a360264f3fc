import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, invites, memberships, roleEnum, users, workspaces } from '../../db/schema';
import { AppError } from '../app-error';
import { publicProcedure, router, userProcedure, workspaceProcedure } from '../trpc';

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const tokenSchema = z.object({ token: z.string().min(16).max(200) });

export const inviteRouter = router({
  /** Creates a shareable invite link (there is no mail server); the token is returned only here. */
  create: workspaceProcedure('owner')
    .input(z.object({ email: z.email().trim().toLowerCase(), role: z.enum(roleEnum.enumValues) }))
    .mutation(async ({ ctx, input }) => {
      const [already] = await ctx.services.db
        .select({ userId: memberships.userId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(users.email, input.email)));
      if (already) throw new AppError('ALREADY_MEMBER', 'This person is already a member.');
      const token = randomBytes(24).toString('base64url');
      const expiresAt = new Date(Date.now() + INVITE_TTL_MS);
      const [row] = await ctx.services.db
        .insert(invites)
        .values({
          workspaceId: ctx.workspaceId,
          email: input.email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedBy: ctx.user.id,
          expiresAt,
        })
        .returning({ id: invites.id });
      await ctx.services.db.insert(auditLog).values({
        workspaceId: ctx.workspaceId,
        actorUserId: ctx.user.id,
        action: 'member.invite',
        targetType: 'invite',
        targetId: row!.id,
        details: { email: input.email, role: input.role },
      });
      return { id: row!.id, token, expiresAt };
    }),

  list: workspaceProcedure('owner').query(({ ctx }) =>
    ctx.services.db
      .select({
        id: invites.id,
        email: invites.email,
        role: invites.role,
        createdAt: invites.createdAt,
        expiresAt: invites.expiresAt,
      })
      .from(invites)
      .where(
        and(
          eq(invites.workspaceId, ctx.workspaceId),
          isNull(invites.acceptedAt),
          isNull(invites.revokedAt),
          gt(invites.expiresAt, new Date()),
        ),
      )
      .orderBy(invites.createdAt),
  ),

  revoke: workspaceProcedure('owner')
    .input(z.object({ inviteId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const rows = await ctx.services.db
        .update(invites)
        .set({ revokedAt: new Date() })
        .where(and(eq(invites.id, input.inviteId), eq(invites.workspaceId, ctx.workspaceId)))
        .returning({ id: invites.id });
      if (rows.length === 0) throw new AppError('INVITE_INVALID', 'No such invite.');
      return { id: input.inviteId };
    }),

  /** What an invite link offers; the secret token itself is the credential. */
  preview: publicProcedure.input(tokenSchema).query(async ({ ctx, input }) => {
    const [row] = await ctx.services.db
      .select({
        workspaceName: workspaces.name,
        email: invites.email,
        role: invites.role,
        expiresAt: invites.expiresAt,
        acceptedAt: invites.acceptedAt,
        revokedAt: invites.revokedAt,
      })
      .from(invites)
      .innerJoin(workspaces, eq(workspaces.id, invites.workspaceId))
      .where(eq(invites.tokenHash, hashToken(input.token)));
    if (!row || row.revokedAt || row.acceptedAt)
      throw new AppError('INVITE_INVALID', 'This invite is not valid.');
    if (row.expiresAt < new Date()) throw new AppError('INVITE_EXPIRED', 'This invite has expired.');
    return { workspaceName: row.workspaceName, email: row.email, role: row.role };
  }),

  accept: userProcedure.input(tokenSchema).mutation(({ ctx, input }) =>
    ctx.services.db.transaction(async (tx) => {
      const [invite] = await tx
        .select()
        .from(invites)
        .where(eq(invites.tokenHash, hashToken(input.token)))
        .for('update');
      if (!invite || invite.revokedAt || invite.acceptedAt) {
        throw new AppError('INVITE_INVALID', 'This invite is not valid.');
      }
      if (invite.expiresAt < new Date()) throw new AppError('INVITE_EXPIRED', 'This invite has expired.');
      if (invite.email.toLowerCase() !== ctx.user.email.toLowerCase()) {
        throw new AppError('INVITE_EMAIL_MISMATCH', `This invite is for ${invite.email}.`, {
          email: invite.email,
        });
      }
      await tx
        .insert(memberships)
        .values({ workspaceId: invite.workspaceId, userId: ctx.user.id, role: invite.role })
        .onConflictDoNothing();
      await tx
        .update(invites)
        .set({ acceptedAt: new Date(), acceptedBy: ctx.user.id })
        .where(eq(invites.id, invite.id));
      await tx.insert(auditLog).values({
        workspaceId: invite.workspaceId,
        actorUserId: ctx.user.id,
        action: 'member.join',
        targetType: 'user',
        targetId: ctx.user.id,
        details: { role: invite.role, inviteId: invite.id },
      });
      return { workspaceId: invite.workspaceId };
    }),
  ),
});
