import { describe, expect, it } from 'vitest';
import { WeChatApiError } from '@/server/channels/wechat/api/wechat-api-error';
import { classifyDeliveryFailure } from '@/server/channels/wechat/delivery/delivery-failure';
import { apiPartsOf } from '@/server/channels/wechat/plan-passive-replies';

const api = (errcode: number, kind: WeChatApiError['kind'] = 'api') =>
  new WeChatApiError({ errcode, errmsg: 'x', kind, path: '/cgi-bin/message/custom/send' });

describe('classifyDeliveryFailure', () => {
  it('blocks on WeChat’s rules, retries transient failures, gives up on refused messages', () => {
    expect(classifyDeliveryFailure(api(45015)).kind).toBe('blocked');
    expect(classifyDeliveryFailure(api(45047)).kind).toBe('blocked');
    expect(classifyDeliveryFailure(api(-1)).kind).toBe('retry');
    expect(classifyDeliveryFailure(api(45011)).kind).toBe('retry');
    expect(classifyDeliveryFailure(api(-1, 'timeout')).kind).toBe('retry');
    expect(classifyDeliveryFailure(api(-1, 'http')).kind).toBe('retry');
    expect(classifyDeliveryFailure(new Error('socket hang up')).kind).toBe('retry');
    expect(classifyDeliveryFailure(api(40007)).kind).toBe('dead');
    expect(classifyDeliveryFailure(api(40001)).kind).toBe('dead');
    expect(classifyDeliveryFailure(api(45047)).text).toBe('45047 x');
  });
});

describe('apiPartsOf', () => {
  const long = 'a'.repeat(3000);
  it('sends everything when no passive reply was given, each part tagged with its message', () => {
    const parts = apiPartsOf({
      messages: [
        { kind: 'text', text: long },
        { kind: 'text', text: 'b' },
      ],
      passiveTaken: false,
      inboundMsgType: 'text',
    });
    expect(parts.map((p) => [p.index, p.message.kind === 'text' ? p.message.text.length : 0])).toEqual([
      [0, 2048],
      [0, 952],
      [1, 1],
    ]);
  });

  it('skips the passive part of the first message', () => {
    const article = { title: 't', description: '', picUrl: '', url: 'https://x.test' };
    const parts = apiPartsOf({
      messages: [
        { kind: 'news', articles: [article, article, article] },
        { kind: 'text', text: 'b' },
      ],
      passiveTaken: true,
      inboundMsgType: 'text',
    });
    // After a user message the passive news shows 1 article: the other 2 go one per send.
    expect(parts.map((p) => [p.index, p.message.kind])).toEqual([
      [0, 'news'],
      [0, 'news'],
      [1, 'text'],
    ]);
    expect(
      apiPartsOf({ messages: [{ kind: 'text', text: 'hi' }], passiveTaken: true, inboundMsgType: 'text' }),
    ).toEqual([]);
  });
});
