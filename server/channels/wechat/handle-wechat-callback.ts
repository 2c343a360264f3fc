import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { eq, sql } from 'drizzle-orm';
import { eventFromWeChat, type Message } from '@/core';
import { DEFAULT_API_BASE } from '@/core/channels/wechat-setup-schema';
import { channelEvents, channels } from '../../db/schema';
import { BodyTooLargeError, readBody } from '../../http/read-body';
import type { Services } from '../../services';
import { encryptedReplyXml } from './encrypted-reply';
import { DEFAULT_MAX_XML_BYTES } from './parse-wechat-xml';
import { planPassiveReplies } from './plan-passive-replies';
import { readWeChatPush } from './read-wechat-push';
import { aesKeyOf } from './wechat-crypto';
import { callbackEndpointOf } from './wechat-channel-settings';
import { claimPassiveReply, outboxOfReplies, passiveMediaOf } from './delivery/claim-passive-reply';
import { knownImageMedia, PASSIVE_MEDIA_LEFT_MS } from './delivery/image-media';

/** How many unhandled pushes each channel keeps (the newest). */
export const UNHANDLED_PUSHES_KEPT = 1000;

type Respond = (status: number, body: string, contentType?: string) => void;

/** WeChat gives up after 5 s (and retries); answer `success` before that, whatever is still running. */
const ANSWER_WITHIN_MS = 4_000;

/** The dedupe key of a push: its MsgId, or for events (no MsgId) sender + CreateTime + event. */
export function pushMessageId(fields: Readonly<Record<string, string>>): string {
  return fields.MsgId
    ? `wx:${fields.MsgId}`
    : `wx:${fields.FromUserName ?? ''}:${fields.CreateTime ?? ''}:${fields.Event ?? fields.MsgType ?? ''}`;
}

/**
 * `GET|POST /wechat/<channel key>` (Official Account) and `/wecom/<channel key>` (WeCom app): a
 * callback (PROTOCOL.md). GET answers the URL check and records when it passed. POST runs the push through the runtime (exactly once per
 * MsgId: WeChat's retries get the first processing's answer) and answers with the turn's first reply
 * as the passive reply (encrypted when the push was), or `success`. Refusals are 4xx with nothing
 * changed, logged with the official error code; a push the engine does not know is answered
 * `success`.
 */
export async function handleWeChatCallback(options: {
  services: Services;
  req: IncomingMessage;
  channelKey: string;
  /** Which path it came in on: `/wechat/<key>` serves Official Accounts, `/wecom/<key>` WeCom apps. */
  channelType: 'wechat_mp' | 'wecom';
  query: URLSearchParams;
  respond: Respond;
}): Promise<void> {
  const { services, req, channelKey, query, respond } = options;
  const channel = await services.runtime.channels.resolve(channelKey);
  if (!channel || channel.type !== options.channelType || !channel.enabled || channel.account.archived)
    return respond(404, 'unknown or disabled channel');
  const endpoint = callbackEndpointOf(channel);
  if (!endpoint) return respond(503, 'channel is not fully configured');
  let body = '';
  if (req.method === 'POST') {
    try {
      body = (await readBody(req, DEFAULT_MAX_XML_BYTES)).toString('utf8');
    } catch (error) {
      if (error instanceof BodyTooLargeError) return respond(413, 'request body too large');
      throw error;
    }
  }
  const push = readWeChatPush({
    method: req.method ?? 'GET',
    query,
    body,
    endpoint,
  });
  if (push.kind === 'refused') {
    console.warn(`[wechat] ${channelKey}: refused (${push.code}): ${push.reason}`);
    return respond(push.status, push.reason);
  }
  if (push.kind === 'verify') {
    await services.db.update(channels).set({ verifiedAt: new Date() }).where(eq(channels.id, channel.id));
    return respond(200, push.echostr, 'text/plain; charset=utf-8');
  }

  const { fields } = push;
  const event = eventFromWeChat(fields);
  if (!event || !fields.FromUserName) {
    await services.db.insert(channelEvents).values({
      workspaceId: channel.workspaceId,
      channelId: channel.id,
      kind: 'unhandled-push',
      detail: recordedFields(fields),
    });
    // Kept for reference, not for ever: a brand sending template messages gets a push for each.
    await services.db.execute(sql`
      delete from channel_events where channel_id = ${channel.id} and id <= (
        select id from channel_events where channel_id = ${channel.id}
        order by id desc offset ${UNHANDLED_PUSHES_KEPT} limit 1)`);
    return respond(200, 'success', 'text/plain; charset=utf-8');
  }
  const handled = services.runtime.handleInbound({
    channel,
    externalId: fields.FromUserName,
    channelMessageId: pushMessageId(fields),
    event,
  });
  const outcome = await Promise.race([
    handled,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ANSWER_WITHIN_MS).unref()),
  ]);
  if (outcome === null) {
    // Still running: answer now; its replies all go through the API once the turn is done.
    respond(200, 'success', 'text/plain; charset=utf-8');
    const late = await handled.catch((error: unknown) => {
      console.error('[wechat] late push failed', error);
      return null;
    });
    if (late) await startDelivery(services, late);
    return;
  }
  const first = outcome.replies[0];
  const image = await passiveImageMedia(services, channel, outcome);
  const plan = planPassiveReplies({
    messages: outcome.replies.map((r, i) =>
      i === 0 && image && r.message.kind === 'image' ? { ...r.message, mediaId: image } : r.message,
    ),
    toUser: fields.FromUserName,
    fromUser: fields.ToUserName ?? '',
    createTime: Math.floor(Date.now() / 1000),
    inboundMsgType: fields.MsgType ?? '',
  });
  const claim =
    plan.passive !== null && first && outcome.conversationId
      ? await claimPassiveReply({
          raw: services.dbHandle.raw,
          conversationId: outcome.conversationId,
          firstMessageId: first.id,
          inboundMsgType: fields.MsgType ?? '',
          complete: plan.viaApi.length === 0,
          ...(image ? { mediaId: image } : {}),
        })
      : null;
  if (plan.passive === null || claim === null) {
    respond(200, 'success', 'text/plain; charset=utf-8');
    return startDelivery(services, outcome);
  }
  const xml = push.encrypted
    ? encryptedReplyXml({
        xml: plan.passive,
        token: endpoint.token,
        aesKey: aesKeyOf(endpoint.encodingAesKey!),
        receiveId: endpoint.receiveId,
        timestamp: String(Math.floor(Date.now() / 1000)),
        nonce: randomBytes(8).toString('hex'),
      })
    : plan.passive;
  respond(200, xml, 'application/xml; charset=utf-8');
  if (!claim.complete) services.runtime.deliverSoon(claim.outboxId);
  else if (claim.next) services.runtime.deliverSoon(claim.next);
}

/**
 * The media id with which a turn's first reply, an image given by URL, can be the passive reply: the
 * one it already went out with (WeChat retried the push: the same answer again), else an upload of
 * the last day this app still has. Null otherwise: uploading would not fit in WeChat's 5 s.
 */
async function passiveImageMedia(
  services: Services,
  channel: { type: string; config: unknown },
  outcome: { conversationId: string | null; replies: { id: number; message: Message }[] },
): Promise<string | null> {
  const head = outcome.replies[0];
  if (!head || head.message.kind !== 'image' || head.message.mediaId || !head.message.url) return null;
  const { raw } = services.dbHandle;
  if (outcome.conversationId) {
    const sent = await passiveMediaOf({
      raw,
      conversationId: outcome.conversationId,
      firstMessageId: head.id,
    });
    if (sent) return sent;
  }
  const config = (channel.config ?? {}) as Record<string, unknown>;
  const wecom = channel.type === 'wecom';
  const appId = wecom ? config.corpId : config.appId;
  if (typeof appId !== 'string') return null;
  return knownImageMedia(raw, {
    app: {
      apiBase:
        typeof config.apiBase === 'string' ? config.apiBase : DEFAULT_API_BASE[wecom ? 'wecom' : 'wechat_mp'],
      appId,
      ...(wecom && typeof config.agentId === 'string' ? { wecomAgentId: config.agentId } : {}),
    },
    url: head.message.url,
    now: Date.now(),
    leftMs: PASSIVE_MEDIA_LEFT_MS,
  });
}

/**
 * Starts delivering a turn's replies through the API now. A fresh turn names its delivery row; a
 * retried push's row is found from its first reply.
 */
async function startDelivery(
  services: Services,
  outcome: { conversationId: string | null; replies: { id: number }[]; deliveryId: string | null },
): Promise<void> {
  const first = outcome.replies[0];
  const outboxId =
    outcome.deliveryId ??
    (first && outcome.conversationId
      ? await outboxOfReplies({
          raw: services.dbHandle.raw,
          conversationId: outcome.conversationId,
          firstMessageId: first.id,
        })
      : null);
  if (outboxId) services.runtime.deliverSoon(outboxId);
}

/** What is kept of a push the engine does not handle: its short fields, each capped. */
function recordedFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields).slice(0, 30)) {
    if (key !== 'Encrypt') kept[key] = value.slice(0, 500);
  }
  return kept;
}
