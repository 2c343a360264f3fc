import { and, desc, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, channelEvents, channels, contacts, messages } from '../../db/schema';
import { requeueDeliveries } from '../../channels/requeue-deliveries';
import { AppError } from '../app-error';
import { router, workspaceProcedure, type WorkspaceContext } from '../trpc';

const channelIdSchema = z.object({ channelId: z.uuid() });

/** States that need an operator's eye: on the way, retrying, given up, refused by WeChat's rules. */
const OPEN_STATES = ['pending', 'failed', 'dead', 'blocked'] as const;

async function channelOf(ctx: WorkspaceContext, channelId: string) {
  const [row] = await ctx.services.db
    .select({ id: channels.id, name: channels.name, accountId: channels.accountId })
    .from(channels)
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, ctx.workspaceId)));
  if (!row) throw new AppError('CHANNEL_NOT_FOUND', 'Channel not found.');
  return row;
}

/**
 * A channel's message log: what came in and went out, with each outbound message's delivery state
 * (passive answer, customer-service API, callback; retrying, dead, blocked by WeChat's rules), the
 * pushes that were not handled, and a manual retry for what was given up.
 */
export const deliveryRouter = router({
  list: workspaceProcedure('viewer')
    .input(
      channelIdSchema.extend({
        filter: z.enum(['all', 'attention']).default('all'),
        /** Only messages with this contact (its external id: the openid / WeCom user id). */
        contact: z.string().min(1).max(200).optional(),
        /** Only messages older than this id (the previous page's `nextBefore`). */
        before: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(100).default(50),
      }),
    )
    .query(async ({ ctx, input }) => {
      await channelOf(ctx, input.channelId);
      const rows = await ctx.services.db
        .select({
          id: messages.id,
          direction: messages.direction,
          type: messages.type,
          payload: messages.payload,
          externalId: contacts.externalId,
          displayName: contacts.displayName,
          conversationId: messages.conversationId,
          createdAt: messages.createdAt,
          deliveryStatus: messages.deliveryStatus,
          deliveredVia: messages.deliveredVia,
          deliveredAt: messages.deliveredAt,
          deliveryError: messages.deliveryError,
        })
        .from(messages)
        .innerJoin(contacts, eq(contacts.id, messages.contactId))
        .where(
          and(
            eq(messages.channelId, input.channelId),
            eq(messages.workspaceId, ctx.workspaceId),
            eq(messages.isTest, false),
            input.filter === 'attention' ? notInArray(messages.deliveryStatus, ['none', 'sent']) : undefined,
            input.contact !== undefined ? eq(contacts.externalId, input.contact) : undefined,
            input.before ? lt(messages.id, input.before) : undefined,
          ),
        )
        .orderBy(desc(messages.id))
        .limit(input.limit + 1);
      const counted = await ctx.services.db
        .select({ status: messages.deliveryStatus, n: sql<number>`count(*)::int` })
        .from(messages)
        .where(
          and(
            eq(messages.channelId, input.channelId),
            eq(messages.isTest, false),
            notInArray(messages.deliveryStatus, ['none', 'sent']),
          ),
        )
        .groupBy(messages.deliveryStatus);
      const counts = Object.fromEntries(OPEN_STATES.map((s) => [s, 0])) as Record<
        (typeof OPEN_STATES)[number],
        number
      >;
      for (const c of counted) if (c.status in counts) counts[c.status as keyof typeof counts] = c.n;
      const page = rows.slice(0, input.limit);
      return {
        items: page.map(({ externalId, displayName, deliveredVia, ...row }) => ({
          ...row,
          deliveredVia: deliveredVia as 'passive' | 'api' | 'callback' | null,
          contact: { externalId, displayName },
        })),
        nextBefore: rows.length > input.limit ? page[page.length - 1]!.id : null,
        counts,
      };
    }),

  /** The latest pushes of types the engine does not handle (recorded, answered `success`). */
  unhandled: workspaceProcedure('viewer')
    .input(channelIdSchema)
    .query(async ({ ctx, input }) => {
      await channelOf(ctx, input.channelId);
      const rows = await ctx.services.db
        .select({ id: channelEvents.id, createdAt: channelEvents.createdAt, detail: channelEvents.detail })
        .from(channelEvents)
        .where(and(eq(channelEvents.channelId, input.channelId), eq(channelEvents.kind, 'unhandled-push')))
        .orderBy(desc(channelEvents.id))
        .limit(50);
      return {
        items: rows.map((r) => ({
          ...r,
          detail: z.record(z.string(), z.string()).catch({}).parse(r.detail),
        })),
      };
    }),

  /** Sends dead or blocked messages again (a fresh delivery with fresh attempts). */
  retry: workspaceProcedure('editor')
    .input(channelIdSchema.extend({ messageIds: z.array(z.number().int().positive()).min(1).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const channel = await channelOf(ctx, input.channelId);
      const found = await ctx.services.db
        .select({ id: messages.id, status: messages.deliveryStatus, conversationId: messages.conversationId })
        .from(messages)
        .where(
          and(
            eq(messages.channelId, input.channelId),
            eq(messages.direction, 'out'),
            inArray(messages.id, input.messageIds),
          ),
        );
      if (found.length !== new Set(input.messageIds).size)
        throw new AppError(
          'MESSAGE_NOT_FOUND',
          'A message to retry is not an outbound message of this channel.',
        );
      const stuck = found.filter((m) => m.status !== 'dead' && m.status !== 'blocked');
      if (stuck.length > 0)
        throw new AppError('NOT_RETRYABLE', 'Only dead or blocked messages can be sent again.', {
          messageIds: stuck.map((m) => m.id),
        });
      const queued = await requeueDeliveries({
        services: ctx.services,
        workspaceId: ctx.workspaceId,
        channelId: input.channelId,
        messageIds: found.map((m) => m.id),
      });
      await ctx.services.db.insert(auditLog).values({
        workspaceId: ctx.workspaceId,
        actorUserId: ctx.user.id,
        action: 'channel.retry-delivery',
        targetType: 'channel',
        targetId: channel.id,
        details: { accountId: channel.accountId, name: channel.name, messages: queued },
      });
      return { queued };
    }),
});
