import type { Message } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import type { CustomerServiceBody } from './customer-service-body';

/**
 * A WeCom app message (`POST /cgi-bin/message/send`) for one API part, addressed to a member by
 * UserID with the app's AgentID. WeCom has no music, menu or mini-program card for apps: music goes as
 * a one-article news linking to the track, a menu as text listing its options (the member answers by
 * typing one), and a mini-program is refused.
 */
export function wecomMessageBody(options: {
  message: Message;
  touser: string;
  agentId: string;
}): CustomerServiceBody {
  const { message, touser } = options;
  const of = (msgtype: string, payload: Record<string, unknown>): CustomerServiceBody => ({
    ok: true,
    body: { touser, msgtype, agentid: Number(options.agentId), [msgtype]: payload },
  });
  const article = (a: { title: string; description: string; url: string; picurl: string }) => a;
  switch (message.kind) {
    case 'text':
      return of('text', { content: message.text });
    case 'image':
    case 'voice':
      return message.mediaId
        ? of(message.kind, { media_id: message.mediaId })
        : { ok: false, error: `${message.kind} has no media id` };
    case 'video':
      return of('video', {
        media_id: message.mediaId,
        title: message.title,
        description: message.description,
      });
    case 'music':
      return of('news', {
        articles: [
          article({
            title: message.title,
            description: message.description,
            url: message.musicUrl,
            picurl: '',
          }),
        ],
      });
    case 'news':
      if (message.articles.length === 0) return { ok: false, error: 'a news needs at least 1 article' };
      return of('news', {
        articles: message.articles
          .slice(0, 8)
          .map((a) => article({ title: a.title, description: a.description, url: a.url, picurl: a.picUrl })),
      });
    case 'link':
      return of('news', {
        articles: [
          article({
            title: message.title,
            description: message.description,
            url: message.url,
            picurl: message.thumbUrl,
          }),
        ],
      });
    case 'mini-program':
      return { ok: false, error: 'WeCom apps cannot send a mini-program card' };
    case 'menu':
      return of('text', {
        content: [message.head, ...message.options.map((o) => `• ${o.label}`), message.tail]
          .filter(Boolean)
          .join('\n'),
      });
    default:
      return assertNever(message);
  }
}
