import type { Message } from '@/core';
import type { RawTransaction } from '../db/raw-sql';
import { QUEUES } from './jobs/job-queue';
import { planTurn, type TurnPlan } from './plan-turn';
import type { LiveFlow } from './route-turn';
import {
  CREATE_CONTACT_SQL,
  INSERT_OUTBOX_SQL,
  LIVE_FLOWS_SQL,
  LOAD_DUPLICATE_SQL,
  LOAD_FOR_EVENT_SQL,
  LOAD_FOR_INBOUND_SQL,
  LOCK_CONTACT_OF_CONVERSATION_SQL,
  LOCK_CONTACT_SQL,
  MARK_OUTBOX_DONE_SQL,
  persistTurnStatement,
  UPDATE_CONTACT_TAGS_SQL,
} from './turn-sql';
import { TurnSnapshots, type TurnSnapshot } from './turn-snapshots';
import type { ContactRow, HttpCall, LoadRow, TurnDeps, TurnInput, TurnResult } from './turn-types';

export type { FaultPoint, HttpCall, TurnDeps, TurnInput, TurnReply, TurnResult } from './turn-types';

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
  channelType: null,
  deliveryId: null,
});

interface Persisted {
  inbound_id: string | null;
  outbound: [number, number][];
  /** The WeChat delivery row the statement wrote (PersistShape.deliverOutbox). */
  delivery_id: string | null;
}

/** The dedupe insert found the message id taken: the caller retries and gets the stored replies. */
export class DuplicateRace extends Error {
  constructor() {
    super('message id processed concurrently');
  }
}

/**
 * Processes one event of one contact in one transaction. Every path takes the contact's row lock, so
 * a contact's events run one after another across processes. A crash anywhere leaves nothing; a
 * retried inbound message id returns the first processing's replies and writes nothing.
 *
 * The usual inbound message takes one round trip: planned from this process's snapshot of the contact
 * (what its previous turn wrote), then lock + guarded write + commit sent together; the guard writes
 * nothing if the snapshot is stale, and the slow path (lock + load, plan, write + commit: two round
 * trips) takes over.
 */
export async function processTurn(deps: TurnDeps, input: TurnInput): Promise<TurnResult> {
  if (input.kind === 'inbound' && !deps.fault) {
    const fast = await tryOptimisticTurn(deps, input);
    if (fast) return fast;
  }
  const { result, snapshot } = await deps.raw.transaction((tx) => slowTurn(deps, input, tx));
  if (snapshot) deps.snapshots.set(snapshot.key, snapshot.value);
  return result;
}

async function tryOptimisticTurn(
  deps: TurnDeps,
  input: Extract<TurnInput, { kind: 'inbound' }>,
): Promise<TurnResult | null> {
  const { id: channelId, workspaceId, accountId, type: channelType } = input.channel;
  const key = TurnSnapshots.key(channelId, input.externalId);
  const snap = deps.snapshots.get(key);
  const live = deps.liveFlows.get(accountId);
  if (!snap || !live || live.revision !== snap.load.deployment_revision) return null;
  const missing = new Error('not cached');
  let plan: TurnPlan | null;
  try {
    plan = await planTurn({
      input,
      contact: snap.contact,
      load: snap.load,
      live: live.live,
      where: { channelId, workspaceId, accountId, isTest: input.isTest ?? false, channelType },
      now: deps.now(),
      random: deps.random,
      flow: (versionId) => {
        const hit = deps.flows.peek(versionId);
        return hit ? Promise.resolve(hit) : Promise.reject(missing);
      },
    });
  } catch (error) {
    if (error === missing) return null;
    throw error;
  }
  if (!plan?.simple) return null;
  const [text, values] = persistTurnStatement(
    { ...plan.shape, guard: true },
    {
      ...plan.values,
      guardRevision: snap.load.deployment_revision,
      guardAccountUpdated: snap.load.account_updated_ms,
      guardConversationId: snap.load.conversation_id,
      guardTurn: snap.load.turn,
      guardStatus: snap.load.status,
    },
  );
  const [, [persisted]] = await deps.raw.transaction((tx) =>
    tx.queryManyAndCommit<[ContactRow[], Persisted[]]>([
      [LOCK_CONTACT_SQL, [channelId, input.externalId]],
      [text, values],
    ]),
  );
  if (!persisted?.inbound_id) {
    deps.snapshots.delete(key);
    return null;
  }
  deps.snapshots.set(key, nextSnapshot({ plan, contact: snap.contact, load: snap.load, now: deps.now() }));
  return resultOf({
    plan,
    persisted,
    channelId,
    channelType,
    settings: snap.load.settings ?? {},
    httpCalls: [],
  });
}

function nextSnapshot(options: {
  plan: TurnPlan;
  contact: ContactRow;
  load: LoadRow;
  now: Date;
}): TurnSnapshot {
  const { plan, contact, load, now } = options;
  return {
    at: now.getTime(),
    contact: {
      ...contact,
      tags: plan.run.state?.contact.tags ?? contact.tags,
      display_name: plan.values.displayName ?? contact.display_name,
      last_seen_ms: plan.shape.touchContact ? now.getTime() : contact.last_seen_ms,
    },
    load: {
      ...load,
      conversation_id: plan.conversationId,
      flow_version_id: plan.run.versionId,
      status: plan.status,
      state: plan.run.state ?? {},
      turn: plan.turn,
      last_activity_ms: now.getTime(),
      duplicate_of: null,
    },
  };
}

function resultOf(options: {
  plan: TurnPlan;
  persisted: Persisted;
  channelId: string;
  channelType: string;
  settings: Record<string, unknown>;
  httpCalls: HttpCall[];
}): TurnResult {
  const { plan, persisted } = options;
  return {
    applied: true,
    conversationId: plan.conversationId,
    channelId: options.channelId,
    inboundId: persisted.inbound_id === null ? null : Number(persisted.inbound_id),
    duplicate: false,
    handoff: plan.status === 'handoff',
    replies: persisted.outbound.map(([id, at], i) => ({
      id: Number(id),
      message: plan.sends[i]!.message as Message,
      nodeId: plan.sends[i]!.nodeId,
      at,
    })),
    httpCalls: options.httpCalls,
    accountSettings: options.settings,
    channelType: options.channelType,
    deliveryId: persisted.delivery_id ?? null,
  };
}

/** Lock + load (one round trip), plan, write (+ commit in the same round trip for a simple turn). */
async function slowTurn(
  deps: TurnDeps,
  input: TurnInput,
  tx: RawTransaction,
): Promise<{ result: TurnResult; snapshot: { key: string; value: TurnSnapshot } | null }> {
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
    // Create (a no-op for a known contact; a concurrent creator's commit is waited for), lock, load:
    // one round trip, also for a contact's first message.
    const [, [row], [loaded]] = await tx.queryMany<[ContactRow[], ContactRow[], LoadRow[]]>([
      [
        CREATE_CONTACT_SQL,
        [workspaceId, accountId, channelId, input.externalId, input.displayName ?? null, isTest],
      ],
      [LOCK_CONTACT_SQL, [channelId, input.externalId]],
      [LOAD_FOR_INBOUND_SQL, [channelId, input.externalId, input.channelMessageId, accountId]],
    ]);
    contact = row!;
    load = loaded!;
  } else {
    const [[row], [loaded]] = await tx.queryMany<[ContactRow[], LoadRow[]]>([
      [LOCK_CONTACT_OF_CONVERSATION_SQL, [input.conversationId]],
      [LOAD_FOR_EVENT_SQL, [input.conversationId, input.accountId]],
    ]);
    if (!row || !loaded) return { result: NOT_APPLIED(), snapshot: null };
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
      result: {
        ...NOT_APPLIED(settings),
        applied: true,
        duplicate: true,
        channelId,
        channelType,
        conversationId: dup?.conversation_id ?? null,
        inboundId: Number(load.duplicate_of),
        handoff: dup?.status === 'handoff',
        replies: (dup?.replies ?? []).map((r) => ({
          id: Number(r.id),
          message: r.payload,
          nodeId: r.nodeId,
          at: r.at,
        })),
      },
      snapshot: null,
    };
  }

  const now = deps.now();
  let cachedLive: { revision: number; live: LiveFlow[] } | undefined = deps.liveFlows.get(accountId);
  if (cachedLive?.revision !== load.deployment_revision) {
    const rows = await tx.query<{
      version_id: string;
      flow_id: string;
      trigger_priorities: Record<string, number> | null;
    }>(LIVE_FLOWS_SQL, [accountId]);
    cachedLive = {
      revision: load.deployment_revision,
      live: rows.map((r) => ({
        versionId: r.version_id,
        flowId: r.flow_id,
        ...(r.trigger_priorities && Object.keys(r.trigger_priorities).length > 0
          ? { triggerPriorities: r.trigger_priorities }
          : {}),
      })),
    };
    deps.liveFlows.set(accountId, cachedLive);
  }

  const plan = await planTurn({
    input,
    contact,
    load,
    live: cachedLive.live,
    where: { channelId, workspaceId, accountId, isTest, channelType },
    now,
    random: deps.random,
    flow: (versionId) => deps.flows.get(versionId, tx),
  });
  if (!plan) {
    // A late HTTP result: its call is finished all the same (the backup job must not repeat it).
    if (input.kind === 'event' && input.outboxId)
      await tx.query(MARK_OUTBOX_DONE_SQL, [input.outboxId, 'the conversation moved on']);
    return { result: NOT_APPLIED(settings), snapshot: null };
  }
  await deps.fault?.('after-step', tx);

  // A simple turn writes everything in one statement and commits with it (one round trip).
  const [text, values] = persistTurnStatement(plan.shape, plan.values);
  const commitNow = plan.simple && !deps.fault;
  const [persisted] = (await (commitNow ? tx.queryAndCommit.bind(tx) : tx.query.bind(tx))<Persisted>(
    text,
    values,
  )) as [Persisted];
  if (input.kind === 'inbound' && persisted.inbound_id === null) {
    // Lost a race with the same message id on another contact lock holder: the constraint decided.
    throw new DuplicateRace();
  }
  const httpCalls = commitNow
    ? []
    : await writeEffects({
        deps,
        tx,
        input,
        plan,
        persisted,
        contact,
        where: { workspaceId, accountId, channelId },
        now,
      });
  await deps.fault?.('before-commit', tx);
  return {
    result: resultOf({ plan, persisted, channelId, channelType, settings, httpCalls }),
    snapshot: {
      key: TurnSnapshots.key(channelId, contact.external_id),
      value: nextSnapshot({ plan, contact, load: { ...load, settings }, now }),
    },
  };
}

/** The statements a turn needs beyond its write: tags, outbox rows, deliveries, timers, HTTP calls. */
async function writeEffects(options: {
  deps: TurnDeps;
  tx: RawTransaction;
  input: TurnInput;
  plan: TurnPlan;
  persisted: Persisted;
  contact: ContactRow;
  where: { workspaceId: string; accountId: string; channelId: string };
  now: Date;
}): Promise<HttpCall[]> {
  const { deps, tx, input, plan, persisted, contact, now } = options;
  const { workspaceId, accountId, channelId } = options.where;
  const { conversationId, effects } = plan;
  if (effects.some((e) => e.type === 'tag-contact') && plan.run.state)
    await tx.query(UPDATE_CONTACT_TAGS_SQL, [contact.id, plan.run.state.contact.tags]);
  if (input.kind === 'event' && input.outboxId)
    await tx.query(MARK_OUTBOX_DONE_SQL, [input.outboxId, input.outboxResult?.error ?? null]);
  // A WeChat delivery row is written by the turn's statement itself (PersistShape.deliverOutbox).
  if (plan.deliverJob) {
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
  if (httpEffects.length === 0) return httpCalls;
  const rows = await tx.query<{ id: string }>(INSERT_OUTBOX_SQL, [
    workspaceId,
    conversationId,
    JSON.stringify(
      httpEffects.map((request, ord) => ({ kind: 'http', payload: { request, accountId, inReplyTo }, ord })),
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
  return httpCalls;
}
