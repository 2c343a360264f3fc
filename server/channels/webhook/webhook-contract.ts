import { z } from 'zod';

/**
 * The generic webhook channel: `POST /hooks/<channel key>` with a JSON body, signed with the
 * channel's secret. Signature: `X-ReplyFlow-Signature: sha256=<hex HMAC-SHA256(secret, "<ts>.<raw body>")>`
 * with `X-ReplyFlow-Timestamp: <unix seconds>` within WEBHOOK_TOLERANCE_SECONDS of the server clock.
 * Answers `200` with the replies of the turn (see `webhookResponseSchema`).
 */
export const WEBHOOK_SIGNATURE_HEADER = 'x-replyflow-signature';
export const WEBHOOK_TIMESTAMP_HEADER = 'x-replyflow-timestamp';
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** Where a webhook channel POSTs replies produced after the HTTP response (delays, HTTP nodes, operators). */
export const webhookCallbackUrlSchema = z
  .url({ protocol: /^https?$/, error: 'Enter an http:// or https:// URL' })
  .max(2000, 'At most 2000 characters');

/** Events another platform may send (timer, HTTP and handoff events are internal to the runtime). */
export const webhookEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('follow'), scene: z.string().max(200).optional() }),
  z.object({ type: z.literal('unfollow') }),
  z.object({ type: z.literal('scan'), scene: z.string().max(200) }),
  z.object({ type: z.literal('menu-click'), key: z.string().min(1).max(200) }),
  z.object({ type: z.literal('view'), url: z.string().max(2000) }),
  z.object({
    type: z.literal('location'),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    label: z.string().max(500).optional(),
  }),
  z.object({
    type: z.literal('media'),
    mediaType: z.enum(['image', 'voice', 'video']),
    url: z.string().max(2000).optional(),
    mediaId: z.string().max(200).optional(),
    recognition: z.string().max(4000).optional(),
  }),
  z.object({ type: z.literal('link'), title: z.string().max(500), url: z.string().max(2000) }),
  z.object({
    type: z.literal('menu-option'),
    optionId: z.string().min(1).max(200),
    label: z.string().max(500),
  }),
]);

export const webhookRequestSchema = z
  .object({
    /** The sender's id on the calling platform (one contact per sender per channel). */
    senderId: z.string().trim().min(1).max(200),
    senderName: z.string().trim().max(200).optional(),
    /** The platform's message id: a retry with the same id is answered from the first processing. */
    messageId: z.string().trim().min(1).max(200).optional(),
    text: z.string().min(1).max(4000).optional(),
    event: z.unknown().optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.event === undefined), {
    message: 'exactly one of "text" and "event" is required',
  });
export type WebhookRequest = z.infer<typeof webhookRequestSchema>;

export const webhookResponseSchema = z.object({
  /** The message id used for dedupe (the request's, or one generated for it). */
  messageId: z.string(),
  conversationId: z.string(),
  /** True when this message id was processed before; `replies` are that processing's replies. */
  duplicate: z.boolean(),
  /** True while the conversation is with a human operator (no bot replies). */
  handoff: z.boolean(),
  /** The bot's replies, in order, as core messages (`kind`: text, image, news, link, menu…). */
  replies: z.array(z.record(z.string(), z.unknown())),
});
export type WebhookResponse = z.infer<typeof webhookResponseSchema>;
