import { randomUUID } from 'node:crypto';
import type { InboundEvent } from '@/core';
import type { Db } from '../db/client';
import type { RawSql } from '../db/raw-sql';
import type { SecretBox } from '../security/secret-box';
import { ChannelDirectory, type ResolvedChannel } from './channel-directory';
import { CompiledFlowCache } from './compiled-flow-cache';
import { TurnSnapshots } from './turn-snapshots';
import { deliverReplies as deliverToChannel } from './deliver-replies';
import { executeHttpRequest, type HttpResult } from './http/execute-http-request';
import { allowlistOfSettings } from './http/http-allowlist';
import { QUEUES, type JobQueue } from './jobs/job-queue';
import {
  DuplicateRace,
  processTurn,
  type FaultPoint,
  type HttpCall,
  type TurnDeps,
  type TurnReply,
  type TurnResult,
} from './process-turn';
import type { RawQueryable } from '../db/raw-sql';
import { RetryDelivery } from '../channels/wechat/delivery/deliver-wechat-outbox';
import { WeChatDelivery } from '../channels/wechat/delivery/wechat-delivery';
import type { FetchFn } from '../channels/wechat/api/fetch-wechat-json';

export interface RuntimeDeps {
  db: Db;
  raw: RawSql;
  secrets: SecretBox;
  jobs: JobQueue;
  now?: () => Date;
  random?: () => number;
  fault?: (point: FaultPoint, tx: RawQueryable) => Promise<void> | void;
  /** Replaces the real HTTP client (tests). */
  http?: typeof executeHttpRequest;
  /** Replaces fetch for WeChat's APIs (tests; the API base itself is per channel). */
  wechatFetch?: FetchFn;
  /** API bases channels may use besides WeChat's own (config `wechatApiBases`; the same array, live). */
  wechatApiBases?: readonly string[];
}

export interface InboundOptions {
  channel: Pick<ResolvedChannel, 'id' | 'workspaceId' | 'accountId' | 'type'>;
  externalId: string;
  displayName?: string | null;
  /** The channel's message id; generated when the channel has none (then a retry cannot be recognised). */
  channelMessageId?: string;
  event: InboundEvent;
  isTest?: boolean;
  /**
   * Wait for the replies that follow HTTP-request nodes of this turn and include them (web chat and
   * webhook answers). Otherwise they are processed in the background and land in the transcript.
   */
  awaitContinuations?: boolean;
}

export interface InboundOutcome {
  channelMessageId: string;
  conversationId: string | null;
  inboundId: number | null;
  duplicate: boolean;
  handoff: boolean;
  replies: TurnReply[];
  /**
   * The WeChat / WeCom delivery row of this turn's replies (not of a duplicate's): the callback
   * claims its passive reply and starts it.
   */
  deliveryId: string | null;
}

/**
 * The runtime shell around core's pure `step`: channels hand it events, it runs turns (see
 * processTurn), performs HTTP calls outside the contact lock, and works the durable queues (timers,
 * HTTP calls whose process died). One instance per process.
 */
export class Runtime {
  readonly channels: ChannelDirectory;
  /** WeChat / WeCom sending: access tokens, customer-service delivery, typing. */
  readonly wechat: WeChatDelivery;
  private readonly turnDeps: TurnDeps;
  private readonly http: typeof executeHttpRequest;
  private workersStarted = false;
  private readonly background = new Set<Promise<unknown>>();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(private readonly deps: RuntimeDeps) {
    this.channels = new ChannelDirectory({ db: deps.db, secrets: deps.secrets });
    this.turnDeps = {
      raw: deps.raw,
      flows: new CompiledFlowCache(),
      liveFlows: new Map(),
      snapshots: new TurnSnapshots(),
      jobs: deps.jobs,
      now: deps.now ?? (() => new Date()),
      random: deps.random ?? Math.random,
      ...(deps.fault ? { fault: deps.fault } : {}),
    };
    this.http = deps.http ?? executeHttpRequest;
    this.wechat = new WeChatDelivery({
      raw: deps.raw,
      secrets: deps.secrets,
      allowedApiBases: deps.wechatApiBases ?? [],
      kick: (outboxId) => this.deliverSoon(outboxId),
      ...(deps.wechatFetch ? { fetch: deps.wechatFetch } : {}),
    });
  }

  async handleInbound(options: InboundOptions): Promise<InboundOutcome> {
    const channelMessageId = options.channelMessageId ?? randomUUID();
    const input = {
      kind: 'inbound' as const,
      channel: options.channel,
      externalId: options.externalId,
      displayName: options.displayName ?? null,
      channelMessageId,
      event: options.event,
      isTest: options.isTest ?? false,
    };
    let result: TurnResult;
    try {
      result = await processTurn(this.turnDeps, input);
    } catch (error) {
      if (!(error instanceof DuplicateRace)) throw error;
      result = await processTurn(this.turnDeps, input);
    }
    const replies = [...result.replies];
    let handoff = result.handoff;
    if (!result.duplicate && result.httpCalls.length > 0) {
      const follow = this.runHttpCalls({
        calls: result.httpCalls,
        settings: result.accountSettings,
        deliverReplies: !options.awaitContinuations,
        channelType: result.channelType,
      });
      if (options.awaitContinuations) {
        for (const next of await follow) {
          replies.push(...next.replies);
          handoff = next.handoff;
        }
      } else this.track(follow);
    }
    return {
      channelMessageId,
      conversationId: result.conversationId,
      inboundId: result.inboundId,
      duplicate: result.duplicate,
      handoff,
      replies,
      deliveryId: result.deliveryId,
    };
  }

  /** Feeds an internal event (timer, HTTP result, release) to a conversation; a stale one is a no-op. */
  async handleEvent(options: {
    conversationId: string;
    accountId: string;
    event: InboundEvent;
    outboxId?: string;
    outboxResult?: { status: number; error: string | null };
    deliverReplies?: boolean;
    inReplyTo?: number | null;
  }): Promise<TurnResult> {
    const result = await processTurn(this.turnDeps, { kind: 'event', ...options });
    // WeChat replies of timers, HTTP continuations and releases go out now (the turn wrote their row).
    if (result.deliveryId) this.deliverSoon(result.deliveryId);
    if (result.httpCalls.length > 0) {
      const follow = await this.runHttpCalls({
        calls: result.httpCalls,
        settings: result.accountSettings,
        deliverReplies: options.deliverReplies ?? true,
        channelType: result.channelType,
      });
      for (const next of follow) result.replies.push(...next.replies);
    }
    return result;
  }

  /** One HTTP request node's call, as the runtime makes it (SSRF guard, allowlist, time-out): the simulator's too. */
  callHttp(options: Parameters<typeof executeHttpRequest>[0]): Promise<HttpResult> {
    return this.http(options);
  }

  /** Runs HTTP calls (concurrently, outside any lock) and feeds each result back as an event. */
  private async runHttpCalls(options: {
    calls: HttpCall[];
    settings: Record<string, unknown>;
    deliverReplies: boolean;
    /** The conversation's channel type; null when unknown (no typing indicator then). */
    channelType: string | null;
  }): Promise<TurnResult[]> {
    const { calls, deliverReplies } = options;
    const allowlist = allowlistOfSettings(options.settings);
    // "Typing…" on an Official Account while the request runs (its replies go out through the API).
    const showTyping = deliverReplies && options.channelType === 'wechat_mp';
    return Promise.all(
      calls.map(async (call) => {
        const { requestId, method, url, headers, body, timeoutMs } = call.request;
        const typing = showTyping ? this.wechat.typing(call.conversationId, 'Typing') : null;
        const response: HttpResult = await this.http({
          request: { method, url, headers, body, timeoutMs },
          allowlist,
        });
        const result = await this.handleEvent({
          conversationId: call.conversationId,
          accountId: call.accountId,
          event: { type: 'http-result', requestId, status: response.status, body: response.body },
          outboxId: call.outboxId,
          outboxResult: { status: response.status, error: response.error },
          deliverReplies,
          inReplyTo: call.inReplyTo,
        });
        if (typing && (await typing) && result.replies.length === 0)
          await this.wechat.typing(call.conversationId, 'CancelTyping');
        return result;
      }),
    );
  }

  /**
   * Delivers an outbox `deliver` row now, in the background (a WeChat callback after answering, so
   * the rest of the turn follows the passive reply at once); the queued job stays the safety net.
   */
  deliverSoon(outboxId: string): void {
    this.track(
      this.deliver(outboxId).catch((error: unknown) => {
        if (!(error instanceof RetryDelivery)) throw error;
      }),
    );
  }

  /** One delivery attempt of an outbox row, by its channel's kind; throws to have the queue retry. */
  async deliver(outboxId: string): Promise<unknown> {
    const [row] = await this.deps.raw.query<{ type: string }>(
      `select ch.type::text as type from outbox o join conversations c on c.id = o.conversation_id
       join channels ch on ch.id = c.channel_id where o.id = $1`,
      [outboxId],
    );
    if (!row) return 'skipped';
    if (row.type === 'wechat_mp' || row.type === 'wecom') return this.wechat.deliver(outboxId);
    return deliverToChannel({
      raw: this.deps.raw,
      secrets: this.deps.secrets,
      http: this.http,
      outboxId,
    });
  }

  private track(promise: Promise<unknown>): void {
    const tracked = promise.catch((error: unknown) =>
      console.error('[runtime] background work failed', error),
    );
    this.background.add(tracked);
    void tracked.finally(() => this.background.delete(tracked));
  }

  /** Waits for background continuations started by this process (tests, graceful shutdown). */
  async idle(): Promise<void> {
    while (this.background.size > 0) await Promise.all([...this.background]);
  }

  /** Starts working the durable queues in this process (servers; not CLI commands). */
  async startWorkers(options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
    if (this.workersStarted) return;
    this.workersStarted = true;
    const { boss } = this.deps.jobs;
    const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 0.5;
    await boss.work<{ conversationId: string; accountId: string; timerId: string }>(
      QUEUES.timer,
      { pollingIntervalSeconds, batchSize: 20 },
      async (jobs) => {
        for (const job of jobs) {
          const { conversationId, accountId, timerId } = job.data;
          await this.handleEvent({ conversationId, accountId, event: { type: 'timer-fired', timerId } });
        }
      },
    );
    await boss.work<{ outboxId: string }>(
      QUEUES.http,
      { pollingIntervalSeconds, batchSize: 5 },
      async (jobs) => {
        for (const job of jobs) await this.resumeHttpCall(job.data.outboxId);
      },
    );
    let sweeping = false;
    this.sweeper = setInterval(() => {
      if (sweeping) return;
      sweeping = true;
      this.sweepDeliveries()
        .catch((error: unknown) => console.error('[runtime] delivery sweep failed', error))
        .finally(() => (sweeping = false));
    }, 30_000);
    this.sweeper.unref();
    await boss.work<{ outboxId: string }>(
      QUEUES.deliver,
      { pollingIntervalSeconds, batchSize: 5 },
      async (jobs) => {
        // One job failing must not fail the batch (pg-boss fails every job of a throwing handler).
        for (const job of jobs) {
          try {
            await this.deliver(job.data.outboxId);
          } catch (error) {
            await boss.fail(QUEUES.deliver, job.id, { message: String(error) });
          }
        }
      },
    );
  }

  /**
   * Starts every WeChat / WeCom delivery that stalled (a lost job or kick, a failed attempt past its
   * backoff, an abandoned attempt); the servers run it every 30 s. Returns the rows started.
   */
  async sweepDeliveries(): Promise<string[]> {
    const ids = await this.wechat.stalled();
    for (const id of ids) this.deliverSoon(id);
    return ids;
  }

  async stopWorkers(): Promise<void> {
    if (!this.workersStarted) return;
    this.workersStarted = false;
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    await Promise.all(Object.values(QUEUES).map((q) => this.deps.jobs.boss.offWork(q)));
    await this.idle();
  }

  /** An HTTP call whose inline execution never completed (the process died): run it now. */
  private async resumeHttpCall(outboxId: string): Promise<void> {
    const [row] = await this.deps.raw.query<{
      status: string;
      conversation_id: string;
      payload: { request: HttpCall['request']; accountId: string; inReplyTo?: number | null };
    }>(
      `select status::text as status, conversation_id::text as conversation_id, payload from outbox where id = $1`,
      [outboxId],
    );
    if (!row || row.status === 'done') return;
    const [account] = await this.deps.raw.query<{ settings: Record<string, unknown> }>(
      `select settings from accounts where id = $1`,
      [row.payload.accountId],
    );
    await this.runHttpCalls({
      calls: [
        {
          outboxId,
          conversationId: row.conversation_id,
          accountId: row.payload.accountId,
          request: row.payload.request,
          inReplyTo: row.payload.inReplyTo ?? null,
        },
      ],
      settings: account?.settings ?? {},
      deliverReplies: true,
      channelType: null,
    });
  }
}
