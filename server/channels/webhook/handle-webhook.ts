import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import type { InboundEvent } from '@/core';
import { BodyTooLargeError, readBody } from '../../http/read-body';
import type { Services } from '../../services';
import { verifyWebhookSignature } from './verify-webhook-signature';
import {
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  webhookEventSchema,
  webhookRequestSchema,
  type WebhookResponse,
} from './webhook-contract';

type Reply = (status: number, body: Record<string, unknown>) => void;

const issuesOf = (error: z.ZodError) =>
  error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));

function toInboundEvent(event: z.infer<typeof webhookEventSchema>): InboundEvent {
  switch (event.type) {
    case 'menu-option':
      return { type: 'text', text: event.label || event.optionId, menuId: event.optionId };
    case 'media':
      return {
        type: 'media',
        mediaType: event.mediaType,
        mediaId: event.mediaId ?? '',
        ...(event.url ? { url: event.url } : {}),
        ...(event.recognition ? { recognition: event.recognition } : {}),
      };
    default:
      return event;
  }
}

const SUPPORTED_EVENTS = webhookEventSchema.options.map((o) => o.shape.type.value);

/**
 * `POST /hooks/<channel key>`: the generic webhook channel (contract in webhook-contract.ts). Every
 * refusal is a precise 4xx with `{ error, detail? }` and happens before anything is written.
 */
export async function handleWebhook(options: {
  services: Services;
  req: IncomingMessage;
  channelKey: string;
  reply: Reply;
}): Promise<void> {
  const { services, req, channelKey, reply } = options;
  if (req.method !== 'POST') return reply(405, { error: 'method not allowed: use POST' });
  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType))
    return reply(415, { error: 'unsupported content type: send application/json' });
  const channel = await services.runtime.channels.resolve(channelKey);
  if (!channel || channel.type !== 'webhook' || !channel.enabled || channel.account.archived)
    return reply(404, { error: 'unknown or disabled channel' });
  let body: Buffer;
  try {
    body = await readBody(req, services.config.maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return reply(413, { error: 'request body too large', limit: error.limit });
    throw error;
  }
  const signed = verifyWebhookSignature({
    secret: channel.secrets.signingSecret ?? '',
    body,
    timestamp: req.headers[WEBHOOK_TIMESTAMP_HEADER] as string | undefined,
    signature: req.headers[WEBHOOK_SIGNATURE_HEADER] as string | undefined,
    nowSeconds: Math.floor(Date.now() / 1000),
  });
  if (!signed.ok) return reply(401, { error: 'bad signature', detail: signed.reason });
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (error) {
    return reply(400, { error: 'malformed JSON', detail: (error as Error).message });
  }
  const parsed = webhookRequestSchema.safeParse(json);
  if (!parsed.success) return reply(400, { error: 'invalid request', issues: issuesOf(parsed.error) });
  const request = parsed.data;
  let event: InboundEvent;
  if (request.text !== undefined) event = { type: 'text', text: request.text };
  else {
    const type = (request.event as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !(SUPPORTED_EVENTS as string[]).includes(type))
      return reply(422, {
        error: 'unsupported event',
        detail: `event.type must be one of ${SUPPORTED_EVENTS.join(', ')}`,
      });
    const checked = webhookEventSchema.safeParse(request.event);
    if (!checked.success)
      return reply(400, {
        error: 'invalid event',
        issues: issuesOf(checked.error).map((i) => ({ ...i, path: `event.${i.path}` })),
      });
    event = toInboundEvent(checked.data);
  }
  const outcome = await services.runtime.handleInbound({
    channel,
    externalId: request.senderId,
    displayName: request.senderName ?? null,
    // Scoped to the sender (length-prefixed): another sender reusing an id never sees these replies.
    ...(request.messageId
      ? { channelMessageId: `${request.senderId.length}:${request.senderId}:${request.messageId}` }
      : {}),
    event,
    awaitContinuations: true,
  });
  const response: WebhookResponse = {
    messageId: request.messageId ?? outcome.channelMessageId,
    conversationId: outcome.conversationId ?? '',
    duplicate: outcome.duplicate,
    handoff: outcome.handoff,
    replies: outcome.replies.map((r) => r.message),
  };
  reply(200, response);
}
