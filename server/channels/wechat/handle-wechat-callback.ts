import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { eq } from 'drizzle-orm';
import { eventFromWeChat } from '@/core';
import { channels } from '../../db/schema';
import { BodyTooLargeError, readBody } from '../../http/read-body';
import type { Services } from '../../services';
import { encryptedReplyXml } from './encrypted-reply';
import { DEFAULT_MAX_XML_BYTES } from './parse-wechat-xml';
import { planPassiveReplies } from './plan-passive-replies';
import { readWeChatPush } from './read-wechat-push';
import { aesKeyOf } from './wechat-crypto';
import { callbackEndpointOf } from './wechat-channel-settings';

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
    console.info(
      `[wechat] ${channelKey}: ${fields.MsgType}/${fields.Event ?? '-'} not handled; answered success`,
    );
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
    // Still running: it completes in the background (its replies are kept in the transcript).
    handled.catch((error: unknown) => console.error('[wechat] late push failed', error));
    return respond(200, 'success', 'text/plain; charset=utf-8');
  }
  const plan = planPassiveReplies({
    messages: outcome.replies.map((r) => r.message),
    toUser: fields.FromUserName,
    fromUser: fields.ToUserName ?? '',
    createTime: Math.floor(Date.now() / 1000),
    inboundMsgType: fields.MsgType ?? '',
  });
  if (plan.passive === null) return respond(200, 'success', 'text/plain; charset=utf-8');
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
}
