import type { Message } from '@/core';
import { assertNever } from '@/core/shared/assert-never';

/** A body for `POST /cgi-bin/message/custom/send`, or why this message cannot be sent that way. */
export type CustomerServiceBody =
  | { ok: true; body: { touser: string; msgtype: string } & Record<string, unknown> }
  | { ok: false; error: string };

const refuse = (error: string): CustomerServiceBody => ({ ok: false, error });

/**
 * The Official Account customer-service message for one API part (PROTOCOL.md §5): text, image,
 * voice, video, music, news (one article), a link as a one-article news, miniprogrampage and msgmenu
 * (a click comes back as text with `bizmsgmenuid`). A message missing what WeChat requires (a video
 * cover, a mini-program's thumbnail) is refused here instead of failing at WeChat.
 */
export function customerServiceBody(message: Message, touser: string): CustomerServiceBody {
  const of = (msgtype: string, payload: Record<string, unknown>): CustomerServiceBody => ({
    ok: true,
    body: { touser, msgtype, [msgtype]: payload },
  });
  switch (message.kind) {
    case 'text':
      return of('text', { content: message.text });
    case 'image':
      return message.mediaId ? of('image', { media_id: message.mediaId }) : refuse('image has no media id');
    case 'voice':
      return message.mediaId ? of('voice', { media_id: message.mediaId }) : refuse('voice has no media id');
    case 'video':
      // The customer-service video needs a cover image (thumb_media_id); the passive reply does not.
      return message.mediaId && message.thumbMediaId
        ? of('video', {
            media_id: message.mediaId,
            thumb_media_id: message.thumbMediaId,
            title: message.title,
            description: message.description,
          })
        : refuse('WeChat’s customer-service API sends a video only with a cover image (thumbMediaId)');
    case 'music':
      return of('music', {
        title: message.title,
        description: message.description,
        musicurl: message.musicUrl,
        hqmusicurl: message.hqMusicUrl || message.musicUrl,
        thumb_media_id: message.thumbMediaId,
      });
    case 'news': {
      const [article] = message.articles;
      if (!article || message.articles.length > 1)
        return refuse('a customer-service news carries exactly 1 article');
      return of('news', {
        articles: [
          {
            title: article.title,
            description: article.description,
            url: article.url,
            picurl: article.picUrl,
          },
        ],
      });
    }
    case 'link':
      return of('news', {
        articles: [
          {
            title: message.title,
            description: message.description,
            url: message.url,
            picurl: message.thumbUrl,
          },
        ],
      });
    case 'mini-program':
      return of('miniprogrampage', {
        title: message.title,
        appid: message.appId,
        pagepath: message.pagePath,
        thumb_media_id: message.thumbMediaId,
      });
    case 'menu':
      if (message.options.length === 0) return refuse('a menu message needs at least one option');
      return of('msgmenu', {
        head_content: message.head,
        list: message.options.map((o) => ({ id: o.id, content: o.label })),
        tail_content: message.tail,
      });
    default:
      return assertNever(message);
  }
}
