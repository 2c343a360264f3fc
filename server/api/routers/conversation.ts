import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, contacts, conversations, conversationStatusEnum } from '../../db/schema';
import { AppError } from '../app-error';
import { router, workspaceProcedure } from '../trpc';

const conversationIdSchema = z.object({ conversationId: z.uuid() });

/** Conversations of the workspace's accounts (simulator conversations excluded). */
export const conversationRouter = router({
  list: workspaceProcedure('viewer')
    .input(
      z.object({
        status: z.enum(conversationStatusEnum.enumValues).optional(),
        accountId: z.uuid().optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) =>
      ctx.services.db
        .select({
          id: conversations.id,
          accountId: conversations.accountId,
          channelId: conversations.channelId,
          contactId: conversations.contactId,
          contactExternalId: contacts.externalId,
          contactName: contacts.displayName,
          status: conversations.status,
          turn: conversations.turn,
          flowVersionId: conversations.flowVersionId,
          startedAt: conversations.startedAt,
          lastActivityAt: conversations.lastActivityAt,
        })
        .from(conversations)
        .innerJoin(contacts, eq(contacts.id, conversations.contactId))
        .where(
          and(
            eq(conversations.workspaceId, ctx.workspaceId),
            eq(conversations.isTest, false),
            input.status ? eq(conversations.status, input.status) : undefined,
            input.accountId ? eq(conversations.accountId, input.accountId) : undefined,
          ),
        )
        .orderBy(desc(conversations.lastActivityAt))
        .limit(input.limit),
    ),

  /**
   * Ends a human handoff: the flow continues from the handoff node's "released" port, and the bot
   * answers the contact's messages again.
   */
  release: workspaceProcedure('editor')
    .input(conversationIdSchema)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.services.db
        .select({ status: conversations.status, accountId: conversations.accountId })
        .from(conversations)
        .where(
          and(eq(conversations.id, input.conversationId), eq(conversations.workspaceId, ctx.workspaceId)),
        );
      if (!row) throw new AppError('CONVERSATION_NOT_FOUND', 'Conversation not found.');
      if (row.status !== 'handoff')
        throw new AppError('NOT_IN_HANDOFF', 'This conversation is not with a human agent.');
      const result = await ctx.services.runtime.handleEvent({
        conversationId: input.conversationId,
        accountId: row.accountId,
        event: { type: 'handoff-released' },
      });
      if (!result.applied)
        throw new AppError('NOT_IN_HANDOFF', 'This conversation is not with a human agent.');
      await ctx.services.db.insert(auditLog).values({
        workspaceId: ctx.workspaceId,
        actorUserId: ctx.user.id,
        action: 'conversation.release',
        targetType: 'conversation',
        targetId: input.conversationId,
      });
      return { conversationId: input.conversationId, replies: result.replies.map((r) => r.message) };
    }),
});
