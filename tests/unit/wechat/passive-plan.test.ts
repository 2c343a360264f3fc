import { describe, expect, it } from 'vitest';
import type { Message } from '@/core';
import { parseWeChatXml } from '@/server/channels/wechat/parse-wechat-xml';
import { planPassiveReplies } from '@/server/channels/wechat/plan-passive-replies';

const plan = (messages: Message[], inboundMsgType = 'text') =>
  planPassiveReplies({
    messages,
    toUser: 'oUser',
    fromUser: 'gh_account',
    createTime: 1_700_000_000,
    inboundMsgType,
  });
const passiveFields = (xml: string | null) => {
  if (xml === null) throw new Error('expected a passive reply');
  return parseWeChatXml(xml);
};

const text = (value: string): Message => ({ kind: 'text', text: value });
const article = (n: number) => ({ title: `t${n}`, description: `d${n}`, picUrl: `p${n}`, url: `u${n}` });
const news = (count: number, from = 0): Message => ({
  kind: 'news',
  articles: Array.from({ length: count }, (_, i) => article(from + i)),
});
const menu: Message = { kind: 'menu', head: 'Pick', options: [{ id: '1', label: 'Yes' }], tail: '' };
const miniProgram: Message = {
  kind: 'mini-program',
  title: 'Shop',
  appId: 'wx1',
  pagePath: 'p',
  thumbMediaId: 'm',
};
const imageWithoutMedia: Message = { kind: 'image', mediaId: '', url: 'https://example.com/a.png' };

describe('planPassiveReplies', () => {
  it('answers a single text passively, swapping user and account', () => {
    const result = plan([text('hi')]);
    expect(result.viaApi).toEqual([]);
    expect(passiveFields(result.passive)).toStrictEqual({
      ToUserName: 'oUser',
      FromUserName: 'gh_account',
      CreateTime: '1700000000',
      MsgType: 'text',
      Content: 'hi',
    });
  });

  it('answers passively only with the first message, so the turn keeps its order', () => {
    const image: Message = { kind: 'image', mediaId: 'm1', url: '' };
    const first = plan([text('first'), image, text('second')]);
    expect(passiveFields(first.passive).Content).toBe('first');
    expect(first.viaApi).toEqual([image, text('second')]);
    // A menu cannot be passive: nothing may overtake it, so all of the turn goes through the API.
    const menuFirst = plan([menu, imageWithoutMedia, text('first'), image, text('second')]);
    expect(menuFirst).toEqual({
      passive: null,
      viaApi: [menu, imageWithoutMedia, text('first'), image, text('second')],
    });
  });

  it('has no passive reply when nothing can go passively', () => {
    expect(plan([menu, miniProgram])).toEqual({ passive: null, viaApi: [menu, miniProgram] });
    expect(plan([])).toEqual({ passive: null, viaApi: [] });
  });

  it('splits a long CJK / emoji text: first chunk passive, the rest via the API, nothing lost', () => {
    const long = '微信😀'.repeat(500); // 5000 bytes, no spaces or line breaks
    const result = plan([text(long), menu]);
    const first = passiveFields(result.passive).Content!;
    expect(Buffer.byteLength(first)).toBeLessThanOrEqual(2048);
    const rest = result.viaApi.slice(0, -1);
    expect(result.viaApi.at(-1)).toEqual(menu);
    expect(rest.length).toBe(2);
    for (const message of rest) {
      expect(message.kind).toBe('text');
      if (message.kind === 'text') expect(Buffer.byteLength(message.text)).toBeLessThanOrEqual(2048);
    }
    expect(first + rest.map((m) => (m.kind === 'text' ? m.text : '')).join('')).toBe(long);
  });

  it('splits a long text after the passive reply for the API too', () => {
    const long = `${'a'.repeat(2000)}\n${'b'.repeat(2000)}`;
    const result = plan([text('short'), text(long)]);
    expect(passiveFields(result.passive).Content).toBe('short');
    expect(result.viaApi).toEqual([text('a'.repeat(2000)), text('b'.repeat(2000))]);
  });

  it('news to a user message: 1 article passive, each further article as its own news via the API', () => {
    const result = plan([news(3)], 'text');
    const fields = passiveFields(result.passive);
    expect(fields.ArticleCount).toBe('1');
    expect(fields['Articles.item.Title']).toBe('t0');
    expect(result.viaApi).toEqual([news(1, 1), news(1, 2)]);
  });

  it('news to an event: up to 8 articles passive, the rest one per API news', () => {
    const three = plan([news(3)], 'event');
    expect(passiveFields(three.passive).ArticleCount).toBe('3');
    expect(three.viaApi).toEqual([]);

    const ten = plan([news(10)], 'event');
    const fields = passiveFields(ten.passive);
    expect(fields.ArticleCount).toBe('8');
    expect(fields['Articles.item[7].Title']).toBe('t7');
    expect(ten.viaApi).toEqual([news(1, 8), news(1, 9)]);
  });

  it('sends a multi-article news that is not the passive reply as one API news per article', () => {
    const result = plan([text('hi'), news(2)], 'event');
    expect(passiveFields(result.passive).MsgType).toBe('text');
    expect(result.viaApi).toEqual([news(1, 0), news(1, 1)]);
  });

  it('passes an empty first text through to the API rather than answering with nothing', () => {
    const result = plan([text(''), text('ok')]);
    expect(result.passive).toBeNull();
    expect(result.viaApi).toEqual([text(''), text('ok')]);
  });
});
