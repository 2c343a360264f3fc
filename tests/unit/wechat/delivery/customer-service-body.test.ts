import { describe, expect, it } from 'vitest';
import type { Message } from '@/core';
import { customerServiceBody } from '@/server/channels/wechat/delivery/customer-service-body';
import { wecomMessageBody } from '@/server/channels/wechat/delivery/wecom-message-body';
import { validateFakeSendBody } from '@/server/channels/wechat/fake/validate-fake-send-body';
import { validateFakeWeComSendBody } from '@/server/channels/wechat/fake/validate-fake-wecom-send-body';

const article = {
  title: 'New tea',
  description: 'Spring harvest',
  picUrl: 'https://x.test/p.jpg',
  url: 'https://x.test/a',
};
const messages: Message[] = [
  { kind: 'text', text: '你好' },
  { kind: 'image', mediaId: 'MEDIA_IMG', url: '' },
  { kind: 'voice', mediaId: 'MEDIA_VOICE' },
  {
    kind: 'video',
    mediaId: 'MEDIA_VIDEO',
    title: 'Tea ceremony',
    description: '2 min',
    thumbMediaId: 'THUMB_V',
  },
  {
    kind: 'music',
    title: 'Song',
    description: 'd',
    musicUrl: 'https://x.test/m.mp3',
    hqMusicUrl: '',
    thumbMediaId: 'THUMB',
  },
  { kind: 'news', articles: [article] },
  {
    kind: 'link',
    title: 'Shop',
    description: 'Open the shop',
    url: 'https://x.test/shop',
    thumbUrl: 'https://x.test/t.jpg',
  },
  { kind: 'mini-program', title: 'Order', appId: 'wxmini', pagePath: 'pages/index', thumbMediaId: 'THUMB' },
  {
    kind: 'menu',
    head: 'Pick one',
    options: [
      { id: 'a', label: 'Green' },
      { id: 'b', label: 'Black' },
    ],
    tail: 'Thanks',
  },
];

const byKind = (kind: Message['kind']) => messages.find((m) => m.kind === kind)!;

describe('customerServiceBody (Official Account)', () => {
  it.each(messages.map((m) => [m.kind, m] as const))(
    'builds a body WeChat accepts for %s',
    (_kind, message) => {
      const built = customerServiceBody(message, 'oUser');
      expect(built.ok).toBe(true);
      if (built.ok) {
        expect(built.body.touser).toBe('oUser');
        expect(validateFakeSendBody(built.body)).toBeNull();
      }
    },
  );

  it('maps fields the way the API names them', () => {
    expect(customerServiceBody(byKind('menu'), 'oUser')).toEqual({
      ok: true,
      body: {
        touser: 'oUser',
        msgtype: 'msgmenu',
        msgmenu: {
          head_content: 'Pick one',
          list: [
            { id: 'a', content: 'Green' },
            { id: 'b', content: 'Black' },
          ],
          tail_content: 'Thanks',
        },
      },
    });
    expect(customerServiceBody(byKind('link'), 'o')).toMatchObject({
      body: {
        msgtype: 'news',
        news: { articles: [{ title: 'Shop', url: 'https://x.test/shop', picurl: 'https://x.test/t.jpg' }] },
      },
    });
  });

  it('refuses what the API cannot carry, with a reason', () => {
    expect(
      customerServiceBody({ kind: 'video', mediaId: 'V', title: '', description: '', thumbMediaId: '' }, 'o'),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('thumbMediaId'),
    });
    expect(customerServiceBody({ kind: 'news', articles: [article, article] }, 'o').ok).toBe(false);
    expect(customerServiceBody({ kind: 'image', mediaId: '', url: 'https://x.test/i.png' }, 'o').ok).toBe(
      false,
    );
  });
});

describe('wecomMessageBody', () => {
  it.each(messages.filter((m) => m.kind !== 'mini-program').map((m) => [m.kind, m] as const))(
    'builds a body WeCom accepts for %s, with the AgentID',
    (_kind, message) => {
      const built = wecomMessageBody({ message, touser: 'zhangsan', agentId: '1000002' });
      expect(built.ok).toBe(true);
      if (built.ok) {
        expect(built.body).toMatchObject({ touser: 'zhangsan', agentid: 1000002 });
        expect(validateFakeWeComSendBody(built.body).problem ?? null).toBeNull();
      }
    },
  );

  it('sends a menu as text listing its options, and refuses a mini-program', () => {
    expect(wecomMessageBody({ message: byKind('menu'), touser: 'u', agentId: '1' })).toMatchObject({
      body: { msgtype: 'text', text: { content: 'Pick one\n• Green\n• Black\nThanks' } },
    });
    expect(wecomMessageBody({ message: byKind('mini-program'), touser: 'u', agentId: '1' }).ok).toBe(false);
  });
});
