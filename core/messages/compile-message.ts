import { type CompileContext } from '../compiler/compile-context';
import { assertNever } from '../shared/assert-never';
import { type CompiledMessage } from './compiled-message-schema';
import { type Message } from './message-schema';

const MAX_NEWS_ARTICLES = 8;

/** Parses the text fields of a message into templates and reports missing required fields. */
export function compileMessage(message: Message, ctx: CompileContext): CompiledMessage {
  const t = ctx.template;
  switch (message.kind) {
    case 'text':
      ctx.required(message.text, 'text');
      return { kind: 'text', text: t(message.text) };
    case 'image':
      if (message.mediaId === '' && message.url === '') ctx.required('', 'image.mediaId');
      return { kind: 'image', mediaId: message.mediaId, url: t(message.url) };
    case 'voice':
      ctx.required(message.mediaId, 'voice.mediaId');
      return message;
    case 'video':
      ctx.required(message.mediaId, 'video.mediaId');
      return { ...message, title: t(message.title), description: t(message.description) };
    case 'music':
      ctx.required(message.musicUrl, 'music.musicUrl');
      return {
        ...message,
        title: t(message.title),
        description: t(message.description),
        musicUrl: t(message.musicUrl),
        hqMusicUrl: t(message.hqMusicUrl),
      };
    case 'news':
      if (message.articles.length === 0) ctx.required('', 'news.articles');
      if (message.articles.length > MAX_NEWS_ARTICLES) {
        ctx.report({
          code: 'invalid-value',
          detail: `a news message holds at most ${MAX_NEWS_ARTICLES} articles`,
        });
      }
      return {
        kind: 'news',
        articles: message.articles.map((article) => {
          ctx.required(article.title, 'news.title');
          ctx.required(article.url, 'news.url');
          return {
            title: t(article.title),
            description: t(article.description),
            picUrl: t(article.picUrl),
            url: t(article.url),
          };
        }),
      };
    case 'link':
      ctx.required(message.title, 'link.title');
      ctx.required(message.url, 'link.url');
      return {
        kind: 'link',
        title: t(message.title),
        description: t(message.description),
        url: t(message.url),
        thumbUrl: t(message.thumbUrl),
      };
    case 'mini-program':
      ctx.required(message.appId, 'miniProgram.appId');
      ctx.required(message.pagePath, 'miniProgram.pagePath');
      return { ...message, title: t(message.title), pagePath: t(message.pagePath) };
    case 'menu': {
      if (message.options.length === 0) ctx.required('', 'menu.options');
      const ids = new Set<string>();
      for (const option of message.options) {
        ctx.required(option.id, 'menu.option.id');
        ctx.required(option.label, 'menu.option.label');
        if (ids.has(option.id))
          ctx.report({ code: 'invalid-value', detail: `menu option id "${option.id}" repeats` });
        ids.add(option.id);
      }
      return {
        kind: 'menu',
        head: t(message.head),
        options: message.options.map((option) => ({ id: option.id, label: t(option.label) })),
        tail: t(message.tail),
      };
    }
    default:
      return assertNever(message);
  }
}
