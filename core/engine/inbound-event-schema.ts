import { z } from 'zod';

/**
 * Everything that can happen to a conversation, as the engine sees it. Channel adapters map
 * provider payloads onto these (see `eventFromWeChat`); the runtime shell feeds back timer
 * firings, HTTP results and handoff releases.
 */
export const inboundEventSchema = z.discriminatedUnion('type', [
  /** `menuId` is set when the text is a click on a menu message option (bizmsgmenuid). */
  z.object({ type: z.literal('text'), text: z.string(), menuId: z.string().optional() }),
  z.object({
    type: z.literal('media'),
    mediaType: z.enum(['image', 'voice', 'video']),
    mediaId: z.string().default(''),
    url: z.string().optional(),
    /** Speech recognition result of a voice message, when the platform provides one. */
    recognition: z.string().optional(),
  }),
  z.object({
    type: z.literal('location'),
    latitude: z.number(),
    longitude: z.number(),
    label: z.string().optional(),
  }),
  z.object({ type: z.literal('link'), title: z.string(), url: z.string() }),
  z.object({ type: z.literal('menu-click'), key: z.string() }),
  z.object({ type: z.literal('view'), url: z.string() }),
  /** `scene` is the parameter QR scene without the `qrscene_` prefix. */
  z.object({ type: z.literal('follow'), scene: z.string().optional() }),
  z.object({ type: z.literal('scan'), scene: z.string() }),
  z.object({ type: z.literal('unfollow') }),
  z.object({ type: z.literal('timer-fired'), timerId: z.string() }),
  /** `status` 0 means the request failed without a response (network error or timeout). */
  z.object({
    type: z.literal('http-result'),
    requestId: z.string(),
    status: z.int(),
    body: z.unknown().optional(),
  }),
  z.object({ type: z.literal('handoff-released') }),
]);

export type InboundEvent = z.infer<typeof inboundEventSchema>;
