import type { Message } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { buildWeChatXml, type XmlValue } from './build-wechat-xml';
import { maxPassiveArticles } from './max-passive-articles';
import { utf8ByteLength } from './utf8-byte-length';

/** Longer passive texts fail silently on WeChat's side (PROTOCOL.md §4). */
export const MAX_PASSIVE_TEXT_BYTES = 2048;

export type PassiveReplyOptions = {
  message: Message;
  /** The contact's OpenID / UserID (the push's FromUserName). */
  toUser: string;
  /** The account's id (the push's ToUserName). */
  fromUser: string;
  /** Seconds since the epoch. */
  createTime: number;
  /** The push's MsgType ('text', 'event'…): decides how many news articles are shown. */
  inboundMsgType: string;
};

/**
 * The passive reply XML (the HTTP response body to the push, before any encryption) for `message`,
 * or null when WeChat would not accept it passively as it stands: menu and mini-program (API only),
 * image / voice / video without a mediaId, music without a thumbMediaId, an empty text or one over
 * 2048 UTF-8 bytes, a news with no articles or more than `maxPassiveArticles(inboundMsgType)`.
 * planPassiveReplies splits long texts and news so their first part can still go passively.
 * Optional fields (video Title / Description, music texts and URLs) are left out when empty.
 */
export function passiveReply(options: PassiveReplyOptions): { xml: string } | null {
  const body = replyBody(options.message, options.inboundMsgType);
  if (body === null) return null;
  const xml = buildWeChatXml({
    ToUserName: options.toUser,
    FromUserName: options.fromUser,
    CreateTime: options.createTime,
    ...body,
  });
  return { xml };
}

/** MsgType and the kind-specific fields, in the order of the official samples. */
function replyBody(message: Message, inboundMsgType: string): XmlValue | null {
  switch (message.kind) {
    case 'text': {
      const bytes = utf8ByteLength(message.text);
      return bytes === 0 || bytes > MAX_PASSIVE_TEXT_BYTES
        ? null
        : { MsgType: 'text', Content: message.text };
    }
    case 'image':
      return message.mediaId ? { MsgType: 'image', Image: { MediaId: message.mediaId } } : null;
    case 'voice':
      return message.mediaId ? { MsgType: 'voice', Voice: { MediaId: message.mediaId } } : null;
    case 'video':
      if (!message.mediaId) return null;
      return {
        MsgType: 'video',
        Video: {
          MediaId: message.mediaId,
          ...optional({ Title: message.title, Description: message.description }),
        },
      };
    case 'music':
      if (!message.thumbMediaId) return null;
      return {
        MsgType: 'music',
        Music: {
          ...optional({
            Title: message.title,
            Description: message.description,
            MusicUrl: message.musicUrl,
            HQMusicUrl: message.hqMusicUrl,
          }),
          ThumbMediaId: message.thumbMediaId,
        },
      };
    case 'news': {
      const count = message.articles.length;
      if (count === 0 || count > maxPassiveArticles(inboundMsgType)) return null;
      return news(message.articles);
    }
    case 'link':
      return news([
        {
          title: message.title,
          description: message.description,
          picUrl: message.thumbUrl,
          url: message.url,
        },
      ]);
    case 'mini-program':
    case 'menu':
      return null;
    default:
      return assertNever(message);
  }
}

type Article = { title: string; description: string; picUrl: string; url: string };

function news(articles: Article[]): XmlValue {
  return {
    MsgType: 'news',
    ArticleCount: articles.length,
    Articles: articles.map((article) => ({
      Title: article.title,
      Description: article.description,
      PicUrl: article.picUrl,
      Url: article.url,
    })),
  };
}

function optional(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
}
