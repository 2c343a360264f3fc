import { renderTemplate } from '../template/render-template';
import { type TemplateScope } from '../template/template-scope';
import { assertNever } from '../shared/assert-never';
import { type CompiledMessage } from './compiled-message-schema';
import { type Message } from './message-schema';

/** Renders every template of a compiled message into the plain message the channel sends. */
export function renderMessage(message: CompiledMessage, scope: TemplateScope): Message {
  const r = (template: Parameters<typeof renderTemplate>[0]) => renderTemplate(template, scope);
  switch (message.kind) {
    case 'text':
      return { kind: 'text', text: r(message.text) };
    case 'image':
      return { kind: 'image', mediaId: message.mediaId, url: r(message.url) };
    case 'voice':
      return message;
    case 'video':
      return { ...message, title: r(message.title), description: r(message.description) };
    case 'music':
      return {
        ...message,
        title: r(message.title),
        description: r(message.description),
        musicUrl: r(message.musicUrl),
        hqMusicUrl: r(message.hqMusicUrl),
      };
    case 'news':
      return {
        kind: 'news',
        articles: message.articles.map((article) => ({
          title: r(article.title),
          description: r(article.description),
          picUrl: r(article.picUrl),
          url: r(article.url),
        })),
      };
    case 'link':
      return {
        kind: 'link',
        title: r(message.title),
        description: r(message.description),
        url: r(message.url),
        thumbUrl: r(message.thumbUrl),
      };
    case 'mini-program':
      return { ...message, title: r(message.title), pagePath: r(message.pagePath) };
    case 'menu':
      return {
        kind: 'menu',
        head: r(message.head),
        options: message.options.map((option) => ({ id: option.id, label: r(option.label) })),
        tail: r(message.tail),
      };
    default:
      return assertNever(message);
  }
}
