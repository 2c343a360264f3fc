import { z } from 'zod';

/** An outbox `deliver` row's payload as the turn writes it and the WeChat delivery extends it. */
export const wechatOutboxPayloadSchema = z.object({
  channelId: z.string(),
  /** The turn's outbound messages, in order. */
  messageIds: z.array(z.number()),
  /** Set when the first message's first part went back as the passive reply to this push type. */
  passive: z
    .object({
      inboundMsgType: z.string(),
      /** An image given by URL went out passively with this media id (an earlier upload). */
      mediaId: z.string().optional(),
    })
    .optional(),
  /** API parts already accepted by WeChat (the cursor a retry continues from). */
  sentParts: z.number().int().min(0).optional(),
  /**
   * A requeued delivery (sent again by an operator): per message id, its first API parts that had
   * already gone out before, not to be sent twice.
   */
  resume: z.record(z.string(), z.number().int().min(0)).optional(),
});
export type WeChatOutboxPayload = z.infer<typeof wechatOutboxPayloadSchema>;
