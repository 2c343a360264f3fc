import { TRPCError } from '@trpc/server';
import { and, asc, desc, eq, gt, inArray } from 'drizzle-orm';
import { contacts, conversations, messages } from '../../db/schema';
import type { Services } from '../../services';
import type { ResolvedChannel } from '../channel-directory';
import { RateLimiter } from '../rate-limiter';
import { runtimeProcedure, runtimeRouterFactory } from '../runtime-trpc';
import { chatEntryFromRow } from './chat-entry-from-row';
import { VisitorTokens } from './visitor-token';
import {
  webchatOpenInput,
  webchatOpenOutput,
  webchatPollInput,
  webchatPollOutput,
  webchatSendInput,
  webchatSendOutput,
  type ChatEntry,
} from './webchat-contract';

/** Per process: new visitors per address, and messages per visitor and per address, per minute. */
const LIMITS = { newVisitorsPerIp: 60, messagesPerVisitor: 30, messagesPerIp: 300 } as const;
const limitersOf = new WeakMap<Services, Record<keyof typeof LIMITS, RateLimiter>>();
function limiters(services: Services) {
  let found = limitersOf.get(services);
  if (!found) {
    const minute = (limit: number) => new RateLimiter({ limit, windowMs: 60_000 });
    found = {
      newVisitorsPerIp: minute(LIMITS.newVisitorsPerIp),
      messagesPerVisitor: minute(LIMITS.messagesPerVisitor),
      messagesPerIp: minute(LIMITS.messagesPerIp),
    };
    limitersOf.set(services, found);
  }
  return found;
}

function tooMany(): never {
  throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'RATE_LIMITED' });
}

const tokensOf = new WeakMap<Services, VisitorTokens>();
function visitorTokens(services: Services): VisitorTokens {
  let tokens = tokensOf.get(services);
  if (!tokens) {
    tokens = new VisitorTokens(services.secrets.deriveSecret('webchat-visitor'));
    tokensOf.set(services, tokens);
  }
  return tokens;
}

async function webchatChannel(services: Services, channelKey: string): Promise<ResolvedChannel> {
  const channel = await services.runtime.channels.resolve(channelKey);
  if (!channel || channel.type !== 'webchat' || !channel.enabled || channel.account.archived)
    throw new TRPCError({ code: 'NOT_FOUND', message: 'CHANNEL_NOT_AVAILABLE' });
  return channel;
}

function visitorOf(services: Services, channel: ResolvedChannel, token: string): string {
  const visitorId = visitorTokens(services).verify(channel.id, token);
  if (!visitorId) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'VISITOR_TOKEN_INVALID' });
  return visitorId;
}

/** Transcript entries of a visitor (all their conversations on this channel), oldest first. */
async function entriesOf(options: {
  services: Services;
  channel: ResolvedChannel;
  visitorId: string;
  afterId?: number;
  limit: number;
}): Promise<{ entries: ChatEntry[]; handoff: boolean }> {
  const { services, channel, visitorId } = options;
  const [contact] = await services.db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.channelId, channel.id), eq(contacts.externalId, visitorId)));
  if (!contact) return { entries: [], handoff: false };
  const rows = await services.db
    .select({
      id: messages.id,
      direction: messages.direction,
      payload: messages.payload,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(
      and(
        eq(messages.contactId, contact.id),
        options.afterId === undefined ? undefined : gt(messages.id, options.afterId),
      ),
    )
    .orderBy(options.afterId === undefined ? desc(messages.id) : asc(messages.id))
    .limit(options.limit);
  if (options.afterId === undefined) rows.reverse();
  const [open] = await services.db
    .select({ status: conversations.status })
    .from(conversations)
    .where(and(eq(conversations.contactId, contact.id), inArray(conversations.status, ['active', 'handoff'])))
    .orderBy(desc(conversations.startedAt))
    .limit(1);
  return {
    entries: rows.map(chatEntryFromRow).filter((e): e is ChatEntry => e !== null),
    handoff: open?.status === 'handoff',
  };
}

/** The web chat procedures (contract and visitor model: webchat-contract.ts). */
export const webchatRouter = runtimeRouterFactory({
  open: runtimeProcedure
    .input(webchatOpenInput)
    .output(webchatOpenOutput)
    .mutation(async ({ ctx, input }) => {
      const { services } = ctx;
      const channel = await webchatChannel(services, input.channelKey);
      const tokens = visitorTokens(services);
      let visitorId = input.token ? tokens.verify(channel.id, input.token) : null;
      let token = input.token;
      const isNewVisitor = visitorId === null;
      if (visitorId === null || token === null) {
        if (!limiters(services).newVisitorsPerIp.take(`${channel.id}:${ctx.clientIp}`)) tooMany();
        ({ visitorId, token } = tokens.issue(channel.id));
        // A new visitor "follows" the channel: welcome flows answer this event.
        await services.runtime.handleInbound({
          channel,
          externalId: visitorId,
          channelMessageId: `${visitorId}:follow`,
          event: { type: 'follow' },
          awaitContinuations: true,
        });
      }
      const { entries } = await entriesOf({ services, channel, visitorId, limit: 100 });
      return {
        token,
        isNewVisitor,
        title: channel.account.name,
        avatarUrl: channel.account.avatarUrl,
        defaultLocale: channel.account.defaultLocale === 'en' ? ('en' as const) : ('zh-CN' as const),
        entries,
      };
    }),

  send: runtimeProcedure
    .input(webchatSendInput)
    .output(webchatSendOutput)
    .mutation(async ({ ctx, input }) => {
      const { services } = ctx;
      const channel = await webchatChannel(services, input.channelKey);
      const visitorId = visitorOf(services, channel, input.token);
      const limit = limiters(services);
      if (
        !limit.messagesPerVisitor.take(`${channel.id}:${visitorId}`) ||
        !limit.messagesPerIp.take(ctx.clientIp)
      )
        tooMany();
      const text = input.input.type === 'text' ? input.input.text : input.input.label;
      const outcome = await services.runtime.handleInbound({
        channel,
        externalId: visitorId,
        // Scoped to the visitor: another visitor reusing an id can never read these replies.
        channelMessageId: `${visitorId}:${input.clientMessageId}`,
        event:
          input.input.type === 'text'
            ? { type: 'text', text }
            : { type: 'text', text, menuId: input.input.optionId },
        awaitContinuations: true,
      });
      const inbound: ChatEntry[] =
        outcome.inboundId === null
          ? []
          : [
              {
                id: outcome.inboundId,
                direction: 'in',
                message: { kind: 'text', text },
                createdAt: Date.now(),
              },
            ];
      return {
        entries: [
          ...inbound,
          ...outcome.replies.map((r) => ({
            id: r.id,
            direction: 'out' as const,
            message: r.message,
            createdAt: r.at,
          })),
        ],
        handoff: outcome.handoff,
      };
    }),

  poll: runtimeProcedure
    .input(webchatPollInput)
    .output(webchatPollOutput)
    .query(async ({ ctx, input }) => {
      const { services } = ctx;
      const channel = await webchatChannel(services, input.channelKey);
      const visitorId = visitorOf(services, channel, input.token);
      return entriesOf({ services, channel, visitorId, afterId: input.afterId, limit: 200 });
    }),
});
