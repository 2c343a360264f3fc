import { randomUUID } from 'node:crypto';
import type { ConversationState, Effect, InboundEvent } from '@/core';
import type { CachedVersion } from './compiled-flow-cache';
import { routeTurn, type FlowRun, type LiveFlow } from './route-turn';
import type { PersistShape, PersistValues } from './turn-sql';
import type { ContactRow, LoadRow, TurnInput } from './turn-types';

export interface PlanTurnOptions {
  input: TurnInput;
  contact: ContactRow;
  load: LoadRow;
  live: LiveFlow[];
  where: { channelId: string; workspaceId: string; accountId: string; isTest: boolean; channelType: string };
  now: Date;
  random: () => number;
  /** Compiled versions (from the cache, loading on a miss where the caller allows it). */
  flow: (versionId: string) => Promise<CachedVersion>;
}

export type SendEffect = Extract<Effect, { type: 'send' }>;

export interface TurnPlan {
  conversationId: string;
  status: 'active' | 'handoff';
  run: FlowRun;
  effects: Effect[];
  sends: SendEffect[];
  turn: number;
  /** Replies go out through the channel's delivery (webhook callback) rather than an HTTP answer. */
  deliver: boolean;
  /**
   * The delivery is started by a pg-boss job (webhook). WeChat deliveries are started by the runtime
   * itself (the callback, deliverSoon, the finishing row's kick) and backed by the sweeper instead:
   * no job per message on the hot path.
   */
  deliverJob: boolean;
  /** Written by the single write statement alone: no tags, timers, HTTP calls or deliveries. */
  simple: boolean;
  shape: PersistShape;
  values: PersistValues;
}

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
 * Decides a turn from what was loaded (no IO but compiled versions): session expiry, unpublished
 * flows, routing and the engine's step, the conversation's next status, the transcript and marks to
 * write. Returns null when an internal event no longer applies (the conversation moved on).
 */
export async function planTurn(options: PlanTurnOptions): Promise<TurnPlan | null> {
  const { input, contact, load, live, where, now } = options;
  let current =
    load.conversation_id && load.status
      ? {
          id: load.conversation_id,
          versionId: load.flow_version_id,
          flowId: load.flow_version_id ? (await options.flow(load.flow_version_id)).flowId : null,
          status: load.status,
          state: load.state as ConversationState,
          turn: load.turn ?? 0,
        }
      : null;
  let close: { id: string; status: 'ended' | 'expired' } | null = null;

  if (input.kind === 'event') {
    if (!current || !current.versionId || !eventApplies(input.event, current.status, current.state))
      return null;
  } else if (current && current.status === 'active') {
    const idleMs = now.getTime() - (load.last_activity_ms ?? now.getTime());
    const idle = current.state?.wait == null;
    if (idleMs > load.session_timeout_minutes * 60_000) {
      close = { id: current.id, status: 'expired' };
      current = null;
    } else if (
      idle &&
      current.versionId !== null &&
      !live.some((f) => f.flowId === current!.flowId && f.versionId === current!.versionId)
    ) {
      // Its flow was unpublished from this account, or another version of it went live (publish,
      // rollback): a conversation keeps its version only while it is in progress, so the next
      // message after it went idle starts on what is live now.
      close = { id: current.id, status: 'ended' };
      current = null;
    }
  }

  const routed = await routeTurn({
    event: input.event,
    live,
    current,
    contact: {
      id: contact.external_id,
      channel: where.channelType,
      ...(contact.display_name ? { name: contact.display_name } : {}),
      tags: contact.tags ?? [],
      fields: stringFields(contact.fields),
    },
    load: async (versionId) => (await options.flow(versionId)).compiled,
    stepOptions: { now, random: options.random },
  });

  const { run } = routed;
  const continuing = routed.continues && current !== null;
  const conversationId = continuing ? current!.id : randomUUID();
  if (!routed.continues && current) close = { id: current.id, status: 'ended' };
  const effects = run.effects;
  let status: 'active' | 'handoff' = continuing && current!.status === 'handoff' ? 'handoff' : 'active';
  if (input.event.type === 'handoff-released') status = 'active';
  if (effects.some((e) => e.type === 'handoff')) status = 'handoff';

  const sends = effects.filter((e): e is SendEffect => e.type === 'send');
  const callbackUrl =
    input.kind === 'event' && (input.deliverReplies ?? true) && where.channelType === 'webhook'
      ? contact.channel_config?.callbackUrl
      : undefined;
  // WeChat and WeCom: every reply goes through the outbox; the callback may answer the first one
  // passively (it claims it there), the delivery worker sends the rest through the API.
  const wechat = where.channelType === 'wechat_mp' || where.channelType === 'wecom';
  const deliver =
    sends.length > 0 &&
    ((typeof callbackUrl === 'string' && callbackUrl !== '') ||
      (wechat && (input.kind === 'inbound' || (input.deliverReplies ?? true))));
  // Webhook deliveries start from a job written after the statement; WeChat's row is part of it.
  const webhookJob = deliver && !wechat;
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

  const turn = (continuing ? current!.turn : 0) + 1;
  const displayName = input.kind === 'inbound' ? (input.displayName ?? null) : null;
  return {
    conversationId,
    status,
    run,
    effects,
    sends,
    turn,
    deliver,
    deliverJob: webhookJob,
    simple:
      !webhookJob &&
      !(input.kind === 'event' && input.outboxId) &&
      !effects.some(
        (e) => e.type === 'tag-contact' || e.type === 'schedule-timer' || e.type === 'http-request',
      ),
    shape: {
      inbound: input.kind === 'inbound',
      newConversation: !continuing,
      closePrevious: close !== null,
      outbound: outbound.length > 0,
      deliverOutbox: deliver && wechat,
      touchContact:
        input.kind === 'inbound' &&
        ((contact.last_seen_ms ?? 0) < now.getTime() - 60_000 ||
          (displayName !== null && displayName !== contact.display_name)),
      guard: false,
    },
    values: {
      workspaceId: where.workspaceId,
      channelId: where.channelId,
      contactId: contact.id,
      accountId: where.accountId,
      isTest: where.isTest,
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
      guardRevision: null,
      guardAccountUpdated: null,
      guardConversationId: null,
      guardTurn: null,
      guardStatus: null,
    },
  };
}
