import { randomUUID } from 'node:crypto';
import type { ConversationState, Effect, InboundEvent, Message } from '@/core';
import type { RawQueryable, RawSql } from '../db/raw-sql';
import type { CompiledFlowCache } from './compiled-flow-cache';
import { QUEUES, type JobQueue } from './jobs/job-queue';
import { routeTurn, type LiveFlow } from './route-turn';
import {
  INSERT_OUTBOX_SQL,
  MARK_OUTBOX_DONE_SQL,
  LOAD_DUPLICATE_SQL,
  LOAD_FOR_EVENT_SQL,
  LOAD_FOR_INBOUND_SQL,
  LIVE_FLOWS_SQL,
  LOCK_CONTACT_OF_CONVERSATION_SQL,
  LOCK_CONTACT_SQL,
  CREATE_CONTACT_SQL,
  persistTurnStatement,
  UPDATE_CONTACT_TAGS_SQL,
} from './turn-sql';

export type FaultPoint = 'after-lock' | 'after-step' | 'before-commit';

export interface TurnDeps {
  raw: RawSql;
  flows: CompiledFlowCache;
  /** Live flows per account, valid for the account's deployment revision. */
  liveFlows: Map<string, { revision: number; live: LiveFlow[] }>;
  jobs: JobQueue;
  now: () => Date;
  random: () => number;
  /** Test hook, called inside the transaction; throwing (or killing the connection) aborts the turn. */
  fault?: (point: FaultPoint, tx: RawQueryable) => Promise<void> | void;
}

export interface TurnChannel {
  id: string;
  workspaceId: string;
  accountId: string;
  type: string;
}

export type TurnInput =
  | {
      kind: 'inbound';
      channel: TurnChannel;
      externalId: string;
      displayName?: string | null;
      /** The dedupe key (the channel's message id, or one generated for it). */
      channelMessageId: string;
      event: InboundEvent;
      isTest?: boolean;
    }
  | {
      kind: 'event';
      conversationId: string;
      accountId: string;
      event: InboundEvent;
      /** Mark this outbox row (an HTTP call) done in the same transaction (also when the event is stale). */
      outboxId?: string;
      /** The inbound message whose turn led here: its replies are replayed to a retry of that message. */
      inReplyTo?: number | null;
      outboxResult?: { status: number; error: string | null };
      /**
       * Replies produced now reach the contact through the channel's delivery (webhook callback),
       * unless the caller returns them itself (a webhook request waiting for its HTTP continuation).
       */
      deliverReplies?: boolean;
    };

export interface TurnReply {
  id: number;
  message: Message;
  nodeId: string | null;
  at: number;
}

export interface HttpCall {
  outboxId: string;
  /** The inbound message this call continues (for replay to a retried message), if any. */
  inReplyTo: number | null;
  conversationId: string;
  accountId: string;
  request: Extract<Effect, { type: 'http-request' }>;
}

export interface TurnResult {
  /** False when an internal event no longer applies (the conversation moved on): nothing was written. */
  applied: boolean;
  conversationId: string | null;
  channelId: string | null;
  inboundId: number | null;
  duplicate: boolean;
  handoff: boolean;
  replies: TurnReply[];
  /** HTTP calls this turn started: the caller runs them after commit, outside the contact lock. */
  httpCalls: HttpCall[];
  accountSettings: Record<string, unknown>;
}

interface ContactRow {
  id: string;
  external_id: string;
  display_name: string | null;
  tags: string[];
  fields: Record<string, unknown>;
  last_seen_ms?: number;
  workspace_id?: string;
  account_id?: string;
  channel_id?: string;
  is_test?: boolean;
  channel_type?: string;
  channel_config?: Record<string, unknown> | null;
}

interface LoadRow {
  conversation_id: string | null;
  flow_version_id: string | null;
  status: string | null;
  state: unknown;
  turn: number | null;
  last_activity_ms: number | null;
  session_timeout_minutes: number;
  settings: Record<string, unknown> | null;
  deployment_revision: number;
  duplicate_of: string | null;
}

const NOT_APPLIED = (settings: Record<string, unknown> = {}): TurnResult => ({
  applied: false,
  conversationId: null,
  channelId: null,
  inboundId: null,
  duplicate: false,
  handoff: false,
  replies: [],
  httpCalls: [],
  accountSettings: settings,
});

/** Whether an internal event still applies to the conversation's state (stale timers are no-ops). */
function eventApplies(event: InboundEvent, status: string, state: ConversationState): boolean {
  const wait = state.wait;
  if (event.type === 'timer-fired')
    return (
      status === 'active' &&
      (wait?.kind === 'timer' || wait?.kind === 'answer') &&
      wait.timerId === event.timerId
    );
  if (event.type === 'http-result')
    return status === 'active' && wait?.kind === 'http' && wait.requestId === event.requestId;
  if (event.type === 'handoff-released') return status === 'handoff';
  return status === 'active' || status === 'handoff';
}

function stringFields(fields: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields ?? {})) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * Processes one event of one contact in one transaction: lock the contact (every path takes this
 * lock, so a contact's events run one after another across processes), dedupe, load, route and step,
 * persist state, transcript and analytics, enqueue timers and HTTP calls. A crash anywhere leaves
 * nothing; a retried inbound message id returns the first processing's replies and writes nothing.
 */
export async function processTurn(deps: TurnDeps, input: TurnInput): Promise<TurnResult> {
  return deps.raw.transaction(async (tx) => {
    let contact: ContactRow;
    let load: LoadRow;
    let channelId: string;
    let workspaceId: string;
    let accountId: string;
    let isTest: boolean;
    let channelType = 'webchat';
    if (input.kind === 'inbound') {
      ({ id: channelId, workspaceId, accountId, type: channelType } = input.channel);
      isTest = input.isTest ?? false;
      const lockAndLoad = () =>
        tx.queryMany<[ContactRow[], LoadRow[]]>([
          [LOCK_CONTACT_SQL, [channelId, input.externalId]],
          [LOAD_FOR_INBOUND_SQL, [channelId, input.externalId, input.channelMessageId, accountId]],
        ]);
      let [[row], [loaded]] = await lockAndLoad();
      if (!row) {
        // First message of this contact; a concurrent first message may create it first, then we
        // wait for its lock and load again what it committed.
        [row] = await tx.query<ContactRow>(CREATE_CONTACT_SQL, [
          workspaceId,
          accountId,
          channelId,
          input.externalId,
          input.displayName ?? null,
          isTest,
        ]);
        if (!row) [[row], [loaded]] = await lockAndLoad();
      }
      contact = row!;
      load = loaded!;
    } else {
      const [[row], [loaded]] = await tx.queryMany<[ContactRow[], LoadRow[]]>([
        [LOCK_CONTACT_OF_CONVERSATION_SQL, [input.conversationId]],
        [LOAD_FOR_EVENT_SQL, [input.conversationId, input.accountId]],
      ]);
      if (!row || !loaded) return NOT_APPLIED();
      contact = row;
      load = loaded;
      channelId = row.channel_id!;
      workspaceId = row.workspace_id!;
      accountId = row.account_id!;
      isTest = row.is_test ?? false;
      channelType = row.channel_type ?? channelType;
    }
    await deps.fault?.('after-lock', tx);

    const settings = load.settings ?? {};

    if (load.duplicate_of) {
      const [dup] = await tx.query<{
        conversation_id: string;
        status: string;
        replies: { id: number; payload: Message; nodeId: string | null; at: number }[];
      }>(LOAD_DUPLICATE_SQL, [load.duplicate_of]);
      return {
        ...NOT_APPLIED(settings),
        applied: true,
        duplicate: true,
        channelId,
        conversationId: dup?.conversation_id ?? null,
        inboundId: Number(load.duplicate_of),
        handoff: dup?.status === 'handoff',
        replies: (dup?.replies ?? []).map((r) => ({
          id: Number(r.id),
          message: r.payload,
          nodeId: r.nodeId,
          at: r.at,
        })),
      };
    }

    const now = deps.now();
    let cachedLive = deps.liveFlows.get(accountId);
    if (cachedLive?.revision !== load.deployment_revision) {
      const rows = await tx.query<{ version_id: string; flow_id: string }>(LIVE_FLOWS_SQL, [accountId]);
      cachedLive = {
        revision: load.deployment_revision,
        live: rows.map((r) => ({ versionId: r.version_id, flowId: r.flow_id })),
      };
      deps.liveFlows.set(accountId, cachedLive);
    }
    const live = cachedLive.live;
    let current =
      load.conversation_id && load.status
        ? {
            id: load.conversation_id,
            versionId: load.flow_version_id,
            flowId: load.flow_version_id ? (await deps.flows.get(load.flow_version_id, tx)).flowId : null,
            status: load.status,
            state: load.state as ConversationState,
            turn: load.turn ?? 0,
          }
        : null;
    let close: { id: string; status: 'ended' | 'expired' } | null = null;

    if (input.kind === 'event') {
      if (!current || !current.versionId || !eventApplies(input.event, current.status, current.state)) {
        // A late HTTP result: its call is finished all the same (the backup job must not repeat it).
        if (input.outboxId)
          await tx.query(MARK_OUTBOX_DONE_SQL, [input.outboxId, 'the conversation moved on']);
        return NOT_APPLIED(settings);
      }
    } else if (current && current.status === 'active') {
      const idleMs = now.getTime() - (load.last_activity_ms ?? now.getTime());
      const idle = current.state?.wait == null;
      if (idleMs > load.session_timeout_minutes * 60_000) {
        close = { id: current.id, status: 'expired' };
        current = null;
      } else if (idle && current.versionId !== null && !live.some((f) => f.flowId === current!.flowId)) {
        // Its flow was unpublished from this account: the next message starts on what is live now.
        close = { id: current.id, status: 'ended' };
        current = null;
      }
    }

    const contactState = {
      id: contact.external_id,
      channel: channelType,
      ...(contact.display_name ? { name: contact.display_name } : {}),
      tags: contact.tags ?? [],
      fields: stringFields(contact.fields),
    };
    const routed = await routeTurn({
      event: input.event,
      live,
      current,
      contact: contactState,
      load: async (versionId) => (await deps.flows.get(versionId, tx)).compiled,
      stepOptions: { now, random: deps.random },
    });
    await deps.fault?.('after-step', tx);

    const { run } = routed;
    const conversationId = routed.continues && current ? current.id : randomUUID();
    if (!routed.continues && current) close = { id: current.id, status: 'ended' };
    const effects = run.effects;
    let status: 'active' | 'handoff' =
      current && routed.continues && current.status === 'handoff' ? 'handoff' : 'active';
    if (input.event.type === 'handoff-released') status = 'active';
    if (effects.some((e) => e.type === 'handoff')) status = 'handoff';

    const sends = effects.filter((e): e is Extract<Effect, { type: 'send' }> => e.type === 'send');
    const callbackUrl =
      input.kind === 'event' && (input.deliverReplies ?? true) && channelType === 'webhook'
        ? contact.channel_config?.callbackUrl
        : undefined;
    const deliver = typeof callbackUrl === 'string' && callbackUrl !== '' && sends.length > 0;
    const outbound = sends.map((e, ord) => ({
      kind: e.message.kind,
      payload: e.message,
      node_id: e.nodeId,
      delivery: deliver ? 'pending' : 'none',
      ord,
    }));
    const marks = effects.flatMap((e): [string, string | null][] =>
      e.type === 'mark'
        ? [[e.mark, e.nodeId]]
        : e.type === 'diagnostic'
          ? [[`diagnostic:${e.code}`, e.nodeId ?? null]]
          : [],
    );
    for (const flowId of routed.hops) marks.push(['go-to-flow', flowId]);

    const turn = (routed.continues && current ? current.turn : 0) + 1;
    // The common turn writes everything in one statement and commits with it (one round trip).
    const last =
      !deps.fault &&
      !deliver &&
      !(input.kind === 'event' && input.outboxId) &&
      !effects.some(
        (e) => e.type === 'tag-contact' || e.type === 'schedule-timer' || e.type === 'http-request',
      );
    const isNewConversation = !(routed.continues && current);
    const displayName = input.kind === 'inbound' ? (input.displayName ?? null) : null;
    const [persistText, persistValues] = persistTurnStatement(
      {
        inbound: input.kind === 'inbound',
        newConversation: isNewConversation,
        closePrevious: close !== null,
        outbound: outbound.length > 0,
        touchContact:
          input.kind === 'inbound' &&
          ((contact.last_seen_ms ?? 0) < now.getTime() - 60_000 ||
            (displayName !== null && displayName !== contact.display_name)),
      },
      {
        workspaceId,
        channelId,
        contactId: contact.id,
        accountId,
        isTest,
        channelMessageId: input.kind === 'inbound' ? input.channelMessageId : null,
        inboundType: input.kind === 'inbound' ? input.event.type : null,
        inboundPayload: input.kind === 'inbound' ? JSON.stringify(input.event) : null,
        conversationId,
        flowVersionId: run.versionId,
        status,
        state: JSON.stringify(run.state ?? {}),
        turn,
        previousId: close?.id ?? null,
        previousStatus: close?.status ?? null,
        outbound: JSON.stringify(outbound),
        marks: JSON.stringify(marks),
        displayName,
        inReplyTo: input.kind === 'event' ? (input.inReplyTo ?? null) : null,
      },
    );
    const [persisted] = (await (last ? tx.queryAndCommit.bind(tx) : tx.query.bind(tx))<{
      inbound_id: string | null;
      outbound: [number, number][];
    }>(persistText, persistValues)) as [{ inbound_id: string | null; outbound: [number, number][] }];
    if (input.kind === 'inbound' && persisted.inbound_id === null) {
      // Lost a race with the same message id on another contact lock holder: the constraint decided.
      throw new DuplicateRace();
    }

    if (effects.some((e) => e.type === 'tag-contact') && run.state)
      await tx.query(UPDATE_CONTACT_TAGS_SQL, [contact.id, run.state.contact.tags]);
    if (input.kind === 'event' && input.outboxId)
      await tx.query(MARK_OUTBOX_DONE_SQL, [input.outboxId, input.outboxResult?.error ?? null]);

    if (deliver) {
      const [row] = await tx.query<{ id: string }>(INSERT_OUTBOX_SQL, [
        workspaceId,
        conversationId,
        JSON.stringify([
          {
            kind: 'deliver',
            payload: { channelId, messageIds: persisted.outbound.map(([id]) => Number(id)) },
            ord: 0,
          },
        ]),
      ]);
      await deps.jobs.enqueue({ tx, queue: QUEUES.deliver, data: { outboxId: row!.id } });
    }
    for (const e of effects) {
      if (e.type === 'schedule-timer')
        await deps.jobs.enqueue({
          tx,
          queue: QUEUES.timer,
          data: { conversationId, accountId, timerId: e.timerId },
          startAfter: new Date(e.fireAt),
        });
    }
    const inReplyTo =
      input.kind === 'inbound'
        ? persisted.inbound_id === null
          ? null
          : Number(persisted.inbound_id)
        : (input.inReplyTo ?? null);
    const httpEffects = effects.filter((e): e is HttpCall['request'] => e.type === 'http-request');
    const httpCalls: HttpCall[] = [];
    if (httpEffects.length > 0) {
      const rows = await tx.query<{ id: string }>(INSERT_OUTBOX_SQL, [
        workspaceId,
        conversationId,
        JSON.stringify(
          httpEffects.map((request, ord) => ({
            kind: 'http',
            payload: { request, accountId, inReplyTo },
            ord,
          })),
        ),
      ]);
      for (const [i, row] of rows.entries()) {
        const request = httpEffects[i]!;
        httpCalls.push({ outboxId: row.id, conversationId, accountId, request, inReplyTo });
        // The inline call runs right after commit; this job takes over only if that never finishes.
        await deps.jobs.enqueue({
          tx,
          queue: QUEUES.http,
          data: { outboxId: row.id },
          startAfter: new Date(now.getTime() + request.timeoutMs + 15_000),
        });
      }
    }
    await deps.fault?.('before-commit', tx);

    return {
      applied: true,
      conversationId,
      channelId,
      inboundId: persisted.inbound_id === null ? null : Number(persisted.inbound_id),
      duplicate: false,
      handoff: status === 'handoff',
      replies: persisted.outbound.map(([id, at], i) => ({
        id: Number(id),
        message: sends[i]!.message,
        nodeId: sends[i]!.nodeId,
        at,
      })),
      httpCalls,
      accountSettings: settings,
    };
  });
}

/** The dedupe insert found the message id taken: the caller retries and gets the stored replies. */
export class DuplicateRace extends Error {
  constructor() {
    super('message id processed concurrently');
  }
}
