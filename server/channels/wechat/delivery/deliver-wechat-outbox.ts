import { messageSchema, type Message } from '@/core';
import type { RawSql } from '@/server/db/raw-sql';
import type { SecretBox } from '@/server/security/secret-box';
import type { AccessTokenStore } from '../api/access-token-store';
import { callWeChatApi } from '../api/call-wechat-api';
import { WeChatApiError } from '../api/wechat-api-error';
import { apiPartsOf } from '../plan-passive-replies';
import { customerServiceBody } from './customer-service-body';
import { customerServiceWindow } from './customer-service-window';
import { classifyDeliveryFailure } from './delivery-failure';
import { forgetImageMedia, ImageUnavailable, mediaIdOfImage } from './image-media';
import { senderOf, type DeliveryTarget } from './sender-of';
import { wechatDeliverySql as SQL } from './wechat-delivery-sql';
import { wechatOutboxPayloadSchema, type WeChatOutboxPayload } from './wechat-outbox-payload';
import { wecomMessageBody } from './wecom-message-body';
import { MAX_DELIVERY_ATTEMPTS } from '@/server/runtime/deliver-replies';
import { allowlistOfSettings } from '@/server/runtime/http/http-allowlist';
import { windowFactsOf } from './window-facts-of';

export interface WeChatDeliveryDeps {
  raw: RawSql;
  secrets: SecretBox;
  tokens: AccessTokenStore;
  /** API bases besides WeChat's own that channels may use (the server's REPLYFLOW_WECHAT_API_BASES). */
  allowedApiBases: readonly string[];
  now?: () => number;
  /** Starts the conversation's next delivery once this one is finished (in order, without waiting for a poll). */
  kick?: (outboxId: string) => void;
}

/** `waiting`: busy with another attempt, or behind an earlier delivery of its conversation. */
export type WeChatDeliveryOutcome = 'sent' | 'partial' | 'skipped' | 'waiting';

/** The attempt did not finish; the delivery queue tries again later (with backoff). */
export class RetryDelivery extends Error {}

/**
 * Sends one outbox `deliver` row of a WeChat / WeCom channel through the customer-service API
 * (Official Account) or the app message API (WeCom), part by part and in order, continuing after the
 * parts an earlier attempt got through; a conversation's rows go one after another. Official Account
 * sends are checked against the 48-hour window and its quotas first; WeChat's 45015 / 45047 block the
 * rest (not retried). A message WeChat refuses is dead and the next ones still go. A transport
 * failure, a busy answer, or any unexpected error throws RetryDelivery (the queue
 * retries with backoff; the sweeper too); after the 5th attempt what is left is dead. A row held by
 * another attempt or behind an earlier delivery is `waiting`. Nothing is left `running` by an attempt
 * that ends.
 */
export async function deliverWeChatOutbox(
  deps: WeChatDeliveryDeps,
  outboxId: string,
): Promise<WeChatDeliveryOutcome> {
  const { raw } = deps;
  const [claimed] = await raw.query<{ payload: unknown; attempts: number; conversation_id: string }>(
    SQL.claim,
    [outboxId],
  );
  if (!claimed) {
    const [row] = await raw.query<{ status: string; conversation_id: string }>(SQL.statusOf, [outboxId]);
    // Busy (another attempt holds it) or waiting for an earlier delivery: whoever holds it, the
    // earlier one finishing (kick) or the sweeper (sweepWeChatDeliveries) takes it on.
    if (row && (row.status === 'pending' || row.status === 'running' || row.status === 'failed'))
      return 'waiting';
    if (row) await kickNext(deps, row.conversation_id, outboxId);
    return 'skipped';
  }
  const attempt = new Attempt(deps, outboxId, claimed.attempts);
  let outcome: WeChatDeliveryOutcome;
  try {
    const payload = wechatOutboxPayloadSchema.parse(claimed.payload);
    attempt.messageIds = payload.messageIds.map(String);
    outcome = await attempt.run(payload, claimed.conversation_id);
  } catch (error) {
    if (error instanceof RetryDelivery) throw error;
    if (!(await attempt.abandon(error)))
      throw new RetryDelivery(`delivery ${outboxId} failed: ${String(error)}`);
    outcome = 'partial';
  }
  await kickNext(deps, claimed.conversation_id, outboxId);
  return outcome;
}

async function kickNext(deps: WeChatDeliveryDeps, conversationId: string, outboxId: string): Promise<void> {
  if (!deps.kick) return;
  const [next] = await deps.raw.query<{ id: string }>(SQL.next, [conversationId, outboxId]);
  if (next) deps.kick(next.id);
}

/** One claimed attempt of one outbox row. */
class Attempt {
  messageIds: string[] = [];

  constructor(
    private readonly deps: WeChatDeliveryDeps,
    private readonly outboxId: string,
    private readonly attempts: number,
  ) {}

  private settle(ids: string[], status: string, error: string | null, via: string | null) {
    return ids.length === 0
      ? Promise.resolve([])
      : this.deps.raw.query(SQL.settle, [ids, status, error, via]);
  }

  private finish(status: string, error: string | null) {
    return this.deps.raw.query(SQL.finish, [this.outboxId, status, error]);
  }

  /**
   * An unexpected error: the row is retried (or dead after the last attempt), never left running.
   * Returns true when it is dead (nothing more to try).
   */
  async abandon(error: unknown): Promise<boolean> {
    const last = this.attempts >= MAX_DELIVERY_ATTEMPTS;
    const text = `unexpected: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
    await this.deps.raw.query(SQL.abandon, [this.messageIds, last ? 'dead' : 'failed', text, this.outboxId]);
    await this.finish(last ? 'dead' : 'failed', text);
    return last;
  }

  async run(payload: WeChatOutboxPayload, conversationId: string): Promise<WeChatDeliveryOutcome> {
    const { raw } = this.deps;
    const now = this.deps.now ?? Date.now;
    const [target] = await raw.query<DeliveryTarget>(SQL.target, [conversationId]);
    const rows = await raw.query<{ id: string; payload: unknown }>(SQL.messages, [this.messageIds]);
    const messages = rows.map((r) => ({ id: r.id, message: messageSchema.parse(r.payload) }));
    const skip = { ...payload.resume };
    const parts = apiPartsOf({
      messages: messages.map((m) => m.message),
      passiveTaken: payload.passive !== undefined,
      inboundMsgType: payload.passive?.inboundMsgType ?? '',
    }).filter((part) => {
      const id = messages[part.index]!.id;
      if (!skip[id]) return true;
      skip[id] -= 1;
      return false;
    });
    const lastPartOf = new Map<number, number>();
    parts.forEach((p, i) => lastPartOf.set(p.index, i));
    const unsentFrom = (cursor: number) =>
      messages.filter((_, i) => (lastPartOf.get(i) ?? -1) >= cursor).map((m) => m.id);
    // Messages with nothing left to send (all passive, or all sent before a requeue) are done.
    for (const [i, m] of messages.entries())
      if (!lastPartOf.has(i))
        await this.settle([m.id], 'sent', null, i === 0 && payload.passive ? 'passive' : 'api');

    if (!target) {
      await this.settle(unsentFrom(payload.sentParts ?? 0), 'dead', 'the conversation is gone', null);
      await this.finish('dead', 'the conversation is gone');
      return 'partial';
    }
    const sender = senderOf({
      target,
      secrets: this.deps.secrets,
      allowedApiBases: this.deps.allowedApiBases,
    });
    let cursor = payload.sentParts ?? 0;
    if ('error' in sender) {
      await this.settle(unsentFrom(cursor), 'dead', sender.error, null);
      await this.finish('dead', sender.error);
      return 'partial';
    }

    let sentNow = 0;
    let problems = 0;
    let window: Awaited<ReturnType<typeof windowFactsOf>> | null = null;
    while (cursor < parts.length) {
      const part = parts[cursor]!;
      const message = messages[part.index]!;
      const isLast = lastPartOf.get(part.index) === cursor;
      const giveUp = async (error: string) => {
        await this.settle([message.id], 'dead', error, null);
        problems += 1;
        cursor = (lastPartOf.get(part.index) ?? cursor) + 1;
        await raw.query(SQL.skipTo, [this.outboxId, cursor]);
      };
      const bodyOf = (m: Message) =>
        target.type === 'wecom'
          ? wecomMessageBody({ message: m, touser: target.external_id, agentId: sender.agentId ?? '' })
          : customerServiceBody(m, target.external_id);
      // An image given by URL only is uploaded to WeChat just before it is sent (after the checks).
      const image = part.message.kind === 'image' ? part.message : null;
      const upload = image !== null && !image.mediaId && image.url !== '';
      const checked = bodyOf(upload && image ? { ...image, mediaId: 'to-be-uploaded' } : part.message);
      if (!checked.ok) {
        await giveUp(checked.error);
        continue;
      }
      if (target.type === 'wechat_mp') {
        window ??= await windowFactsOf(raw, target.contact_id);
        const check = customerServiceWindow({
          ...window,
          sentSinceMessage: window.sentSinceMessage + sentNow,
          sentSinceEvent: window.sentSinceEvent + sentNow,
          now: now(),
        });
        if (!check.open) {
          const error =
            check.errcode === 45015
              ? '45015 customer-service window closed (48 hours since the last message, or unfollowed); not sent'
              : '45047 customer-service quota of this window used up; not sent';
          await this.settle(unsentFrom(cursor), 'blocked', error, null);
          await this.finish('done', error);
          return 'partial';
        }
      }
      let answer: Record<string, unknown>;
      try {
        const send = (body: Record<string, unknown>) =>
          callWeChatApi({
            store: this.deps.tokens,
            app: sender.app,
            path: target.type === 'wecom' ? '/cgi-bin/message/send' : '/cgi-bin/message/custom/send',
            body,
          });
        if (upload && image) {
          const uploadedBody = async () => {
            // A download and an upload can take a while: the row must not look abandoned meanwhile.
            await raw.query(SQL.touch, [this.outboxId]);
            const mediaId = await mediaIdOfImage(
              { raw, tokens: this.deps.tokens, now },
              {
                app: sender.app,
                channel: target.type === 'wecom' ? 'wecom' : 'wechat_mp',
                url: image.url,
                allowlist: allowlistOfSettings(target.account_settings),
              },
            );
            const uploaded = bodyOf({ ...image, mediaId });
            if (!uploaded.ok) throw new ImageUnavailable(uploaded.error, false);
            return { mediaId, body: uploaded.body };
          };
          const first = await uploadedBody();
          try {
            answer = await send(first.body);
          } catch (error) {
            // WeChat forgot the upload early (40007): upload again, once.
            if (!(error instanceof WeChatApiError && error.errcode === 40007)) throw error;
            await forgetImageMedia(raw, { app: sender.app, url: image.url, mediaId: first.mediaId });
            answer = await send((await uploadedBody()).body);
          }
        } else {
          answer = await send(checked.body);
        }
      } catch (error) {
        const failure =
          error instanceof ImageUnavailable
            ? { kind: error.retryable ? ('retry' as const) : ('dead' as const), text: error.message }
            : classifyDeliveryFailure(error);
        if (failure.kind === 'dead') {
          await giveUp(failure.text);
          continue;
        }
        if (failure.kind === 'blocked') {
          await this.settle(unsentFrom(cursor), 'blocked', failure.text, null);
          await this.finish('done', failure.text);
          return 'partial';
        }
        const last = this.attempts >= MAX_DELIVERY_ATTEMPTS;
        await this.settle(unsentFrom(cursor), last ? 'dead' : 'failed', failure.text, null);
        await this.finish(last ? 'dead' : 'failed', failure.text);
        if (last) return 'partial';
        throw new RetryDelivery(`delivery ${this.outboxId} attempt ${this.attempts} failed: ${failure.text}`);
      }
      // WeCom answers errcode 0 yet names recipients it could not reach.
      const unreached = ['invaliduser', 'unlicenseduser'].find(
        (k) => typeof answer[k] === 'string' && answer[k] !== '',
      );
      if (target.type === 'wecom' && unreached) {
        await giveUp(`WeCom did not deliver to this member (${unreached}: ${String(answer[unreached])})`);
        continue;
      }
      sentNow += 1;
      cursor += 1;
      const via = part.index === 0 && payload.passive ? 'passive' : 'api';
      await raw.query(SQL.partSent, [message.id, this.outboxId, cursor, isLast, via]);
    }
    await this.finish('done', problems > 0 ? `${problems} message(s) could not be sent` : null);
    return problems > 0 ? 'partial' : 'sent';
  }
}
