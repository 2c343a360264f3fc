/**
 * Pushes from a user's own message: WeChat shows only 1 article of a passive news reply to these
 * (PROTOCOL.md §4; the official doc lists text, image, voice, video, news and location, and the
 * same holds for shortvideo and link). Other pushes (events) take up to 8.
 */
const USER_MESSAGE_TYPES = new Set([
  'text',
  'image',
  'voice',
  'video',
  'shortvideo',
  'location',
  'link',
  'news',
]);

/** How many articles a passive news reply to a push of `inboundMsgType` may carry. */
export function maxPassiveArticles(inboundMsgType: string): number {
  return USER_MESSAGE_TYPES.has(inboundMsgType) ? 1 : 8;
}
