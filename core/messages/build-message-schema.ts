import { z } from 'zod';

/**
 * The message kinds a send node can emit, parameterised by the schema of their text fields:
 * plain strings in the flow document and in rendered output, parsed templates once compiled.
 * One definition keeps the three shapes from drifting apart.
 */
export function buildMessageSchema<T extends z.ZodType>(text: T) {
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), text }),
    z.object({ kind: z.literal('image'), mediaId: z.string(), url: text }),
    z.object({ kind: z.literal('voice'), mediaId: z.string() }),
    z.object({
      kind: z.literal('video'),
      mediaId: z.string(),
      title: text,
      description: text,
      /** The cover image WeChat's customer-service API needs to send a video (not the passive reply). */
      thumbMediaId: z.string().default(''),
    }),
    z.object({
      kind: z.literal('music'),
      title: text,
      description: text,
      musicUrl: text,
      hqMusicUrl: text,
      thumbMediaId: z.string(),
    }),
    z.object({
      kind: z.literal('news'),
      articles: z.array(z.object({ title: text, description: text, picUrl: text, url: text })),
    }),
    z.object({ kind: z.literal('link'), title: text, description: text, url: text, thumbUrl: text }),
    z.object({
      kind: z.literal('mini-program'),
      title: text,
      appId: z.string(),
      pagePath: text,
      thumbMediaId: z.string(),
    }),
    /** Clickable options; a click comes back as a text event carrying the option id. */
    z.object({
      kind: z.literal('menu'),
      head: text,
      options: z.array(z.object({ id: z.string(), label: text })),
      tail: text,
    }),
  ]);
}
