import { describe, expect, it } from 'vitest';
import type { Message } from '@/core';
import { parseWeChatXml } from '@/server/channels/wechat/parse-wechat-xml';
import { passiveReply } from '@/server/channels/wechat/passive-reply';
import { sampleText } from './wechat-samples';

/** The official samples' envelope: reply to user `toUser` from account `fromUser`. */
const envelope = { toUser: 'toUser', fromUser: 'fromUser', createTime: 12345678 };
const reply = (message: Message, inboundMsgType = 'event') =>
  passiveReply({ ...envelope, message, inboundMsgType });
const fields = (message: Message, inboundMsgType = 'event') => {
  const built = reply(message, inboundMsgType);
  if (built === null) throw new Error('expected a passive reply');
  return parseWeChatXml(built.xml);
};

const article = (n: number) => ({ title: `t${n}`, description: `d${n}`, picUrl: `p${n}`, url: `u${n}` });

describe('passiveReply matches the official reply samples', () => {
  it.each<[string, Message]>([
    ['mp_reply_text', { kind: 'text', text: '你好' }],
    ['mp_reply_image', { kind: 'image', mediaId: 'media_id', url: 'https://example.com/a.png' }],
    ['mp_reply_voice', { kind: 'voice', mediaId: 'media_id' }],
    [
      'mp_reply_video',
      { kind: 'video', mediaId: 'media_id', title: 'title', description: 'description', thumbMediaId: '' },
    ],
    [
      'mp_reply_music',
      {
        kind: 'music',
        title: 'TITLE',
        description: 'DESCRIPTION',
        musicUrl: 'MUSIC_Url',
        hqMusicUrl: 'HQ_MUSIC_Url',
        thumbMediaId: 'media_id',
      },
    ],
    [
      'mp_reply_news',
      {
        kind: 'news',
        articles: [
          { title: 'title1', description: 'description1', picUrl: 'picurl', url: 'url' },
          { title: 'title', description: 'description', picUrl: 'picurl', url: 'url' },
        ],
      },
    ],
  ])('%s: field by field', (name, message) => {
    expect(fields(message)).toStrictEqual(parseWeChatXml(sampleText(name)));
  });

  it.each(['mp_reply_text', 'mp_reply_news'])('%s: byte for byte', (name) => {
    const message: Message =
      name === 'mp_reply_text'
        ? { kind: 'text', text: '你好' }
        : {
            kind: 'news',
            articles: [
              { title: 'title1', description: 'description1', picUrl: 'picurl', url: 'url' },
              { title: 'title', description: 'description', picUrl: 'picurl', url: 'url' },
            ],
          };
    const expected = sampleText(name)
      .replace(/^<!--.*-->\n/, '')
      .trimEnd();
    expect(reply(message)?.xml).toBe(expected);
  });
});

describe('passiveReply', () => {
  it('sends a link as a one-article news with its thumbnail as picture', () => {
    const link: Message = {
      kind: 'link',
      title: 'T',
      description: 'D',
      url: 'https://x.example/',
      thumbUrl: 'https://x.example/t.png',
    };
    expect(fields(link, 'text')).toStrictEqual({
      ToUserName: 'toUser',
      FromUserName: 'fromUser',
      CreateTime: '12345678',
      MsgType: 'news',
      ArticleCount: '1',
      'Articles.item.Title': 'T',
      'Articles.item.Description': 'D',
      'Articles.item.PicUrl': 'https://x.example/t.png',
      'Articles.item.Url': 'https://x.example/',
    });
  });

  it('leaves out empty optional video fields', () => {
    expect(
      fields({ kind: 'video', mediaId: 'm', title: '', description: '', thumbMediaId: '' }),
    ).toStrictEqual({
      ToUserName: 'toUser',
      FromUserName: 'fromUser',
      CreateTime: '12345678',
      MsgType: 'video',
      'Video.MediaId': 'm',
    });
  });

  it.each(['text', 'image', 'voice', 'video', 'shortvideo', 'location', 'link'])(
    'news to a user %s message: 1 article only',
    (inbound) => {
      expect(reply({ kind: 'news', articles: [article(1)] }, inbound)).not.toBeNull();
      expect(reply({ kind: 'news', articles: [article(1), article(2)] }, inbound)).toBeNull();
    },
  );

  it('news to an event: up to 8 articles', () => {
    const eight = Array.from({ length: 8 }, (_, i) => article(i));
    const built = fields({ kind: 'news', articles: eight }, 'event');
    expect(built.ArticleCount).toBe('8');
    expect(built['Articles.item[7].Title']).toBe('t7');
    expect(reply({ kind: 'news', articles: [...eight, article(8)] }, 'event')).toBeNull();
  });

  it.each<[string, Message]>([
    ['menu', { kind: 'menu', head: 'h', options: [{ id: '1', label: 'a' }], tail: 't' }],
    ['mini-program', { kind: 'mini-program', title: 't', appId: 'wx1', pagePath: 'p', thumbMediaId: 'm' }],
    ['image without mediaId', { kind: 'image', mediaId: '', url: 'https://example.com/a.png' }],
    ['voice without mediaId', { kind: 'voice', mediaId: '' }],
    ['video without mediaId', { kind: 'video', mediaId: '', title: 't', description: 'd', thumbMediaId: '' }],
    [
      'music without thumbMediaId',
      { kind: 'music', title: 't', description: 'd', musicUrl: 'm', hqMusicUrl: 'h', thumbMediaId: '' },
    ],
    ['news without articles', { kind: 'news', articles: [] }],
    ['empty text', { kind: 'text', text: '' }],
    ['text over 2048 bytes', { kind: 'text', text: '你'.repeat(683) }],
  ])('null for %s (customer-service API only)', (_label, message) => {
    expect(reply(message, 'event')).toBeNull();
  });

  it('accepts a text of exactly 2048 bytes', () => {
    const text = `${'你'.repeat(682)}ab`;
    expect(fields({ kind: 'text', text }).Content).toBe(text);
  });
});
