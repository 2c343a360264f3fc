import type { Effect, InboundEvent, Message } from '@/core';
import type { RawQueryable, RawSql } from '../db/raw-sql';
import type { CompiledFlowCache } from './compiled-flow-cache';
import type { JobQueue } from './jobs/job-queue';
import type { LiveFlow } from './route-turn';
import type { TurnSnapshots } from './turn-snapshots';

/** The shapes shared by the turn processor's parts (see process-turn.ts). */

export type FaultPoint = 'after-lock' | 'after-step' | 'before-commit';

export interface TurnDeps {
  raw: RawSql;
  flows: CompiledFlowCache;
  /** Live flows per account, valid for the account's deployment revision. */
  liveFlows: Map<string, { revision: number; live: LiveFlow[] }>;
  /** What each contact looked like after its last turn in this process (the optimistic path). */
  snapshots: TurnSnapshots;
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
  /** The channel's type (null when nothing applied): WeChat's typing indicator is shown for `wechat_mp`. */
  channelType: string | null;
  /** The WeChat / WeCom delivery row (outbox `deliver`) this turn wrote for its replies, if any. */
  deliveryId: string | null;
}

export interface ContactRow {
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

export interface LoadRow {
  conversation_id: string | null;
  flow_version_id: string | null;
  status: string | null;
  state: unknown;
  turn: number | null;
  last_activity_ms: number | null;
  session_timeout_minutes: number;
  settings: Record<string, unknown> | null;
  deployment_revision: number;
  account_updated_ms: number;
  duplicate_of: string | null;
}
