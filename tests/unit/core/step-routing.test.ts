import { describe, expect, it } from 'vitest';
import { step } from '@/core';
import { buildFlow, converse, MONDAY_10AM } from './helpers/conversation';

const text = (value: string) => ({ kind: 'text' as const, text: value });
const reply = (id: string, value: string) => ({
  id,
  type: 'send-message' as const,
  data: { messages: [text(value)] },
});

const routingFlow = buildFlow(
  [
    { id: 'exact-hi', type: 'keyword-trigger', data: { keywords: ['hi', '你好'] } },
    reply('r-exact', 'exact'),
    {
      id: 'contains-price',
      type: 'keyword-trigger',
      data: { keywords: ['price', '价格'], match: 'contains' },
    },
    reply('r-contains', 'contains'),
    { id: 'regex-order', type: 'keyword-trigger', data: { keywords: ['^order\\s*\\d+$'], match: 'regex' } },
    reply('r-regex', 'regex'),
    { id: 'vip', type: 'keyword-trigger', data: { keywords: ['vip price'], priority: 5 } },
    reply('r-vip', 'vip'),
    { id: 'fallback', type: 'fallback', data: {} },
    reply('r-fallback', 'fallback'),
  ],
  [
    ['exact-hi', 'out', 'r-exact'],
    ['contains-price', 'out', 'r-contains'],
    ['regex-order', 'out', 'r-regex'],
    ['vip', 'out', 'r-vip'],
    ['fallback', 'out', 'r-fallback'],
  ],
);

describe('routing of inbound text', () => {
  const cases: [input: string, expected: string][] = [
    ['hi', 'exact'],
    ['  HI  ', 'exact'],
    ['ＨＩ', 'exact'],
    ['你好', 'exact'],
    [' 你好　', 'exact'],
    ['what is the price?', 'contains'],
    ['ＰＲＩＣＥ？', 'contains'],
    ['这个价格多少', 'contains'],
    ['order 123', 'regex'],
    ['ＯＲＤＥＲ １２３', 'regex'],
    ['vip price', 'vip'],
    ['VIP  Price', 'vip'],
    ['hello', 'fallback'],
    ['hi there', 'fallback'],
  ];
  it.each(cases)('%j → %s', (input, expected) => {
    expect(converse(routingFlow).say(input)).toEqual([expected]);
  });

  it('emits analytics marks for matched rules and the fallback', () => {
    const c = converse(routingFlow);
    expect(c.send({ type: 'text', text: 'hi' })).toContainEqual({
      type: 'mark',
      mark: 'rule-matched',
      nodeId: 'exact-hi',
    });
    expect(c.send({ type: 'text', text: '??' })).toContainEqual({
      type: 'mark',
      mark: 'fallback-hit',
      nodeId: 'fallback',
    });
  });

  it('orders equal-priority triggers exact > regex > contains, then document order', () => {
    const flow = buildFlow(
      [
        { id: 'c', type: 'keyword-trigger', data: { keywords: ['ab'], match: 'contains' } },
        reply('rc', 'contains'),
        { id: 'r', type: 'keyword-trigger', data: { keywords: ['^ab'], match: 'regex' } },
        reply('rr', 'regex'),
        { id: 'e', type: 'keyword-trigger', data: { keywords: ['abc'] } },
        reply('re', 'exact'),
      ],
      [
        ['c', 'out', 'rc'],
        ['r', 'out', 'rr'],
        ['e', 'out', 're'],
      ],
    );
    const c = converse(flow);
    expect(c.say('abc')).toEqual(['exact']);
    expect(c.say('abd')).toEqual(['regex']);
    expect(c.say('xab')).toEqual(['contains']);
  });

  it('does not send the fallback for events such as follow', () => {
    expect(
      converse(routingFlow)
        .send({ type: 'follow' })
        .filter((e) => e.type === 'send'),
    ).toEqual([]);
  });

  it('never mutates the state it is given', () => {
    const c = converse(routingFlow);
    const before = structuredClone(c.state);
    step(c.compiled, c.state, { type: 'text', text: 'hi' }, { now: new Date(MONDAY_10AM), random: () => 0 });
    expect(c.state).toEqual(before);
  });
});

describe('event triggers', () => {
  const flow = buildFlow(
    [
      { id: 'follow', type: 'event-trigger', data: { event: 'follow' } },
      reply('r-follow', 'welcome'),
      { id: 'scene', type: 'event-trigger', data: { event: 'qr-scene', scene: 'shop' } },
      reply('r-scene', 'scene shop'),
      { id: 'click', type: 'event-trigger', data: { event: 'menu-click', menuKey: 'ABOUT' } },
      reply('r-click', 'about'),
      { id: 'loc', type: 'event-trigger', data: { event: 'location' } },
      reply('r-loc', 'location {{ input }}'),
      { id: 'img', type: 'event-trigger', data: { event: 'media', mediaType: 'image' } },
      reply('r-img', 'image'),
      { id: 'media', type: 'event-trigger', data: { event: 'media' } },
      reply('r-media', 'media'),
      { id: 'link', type: 'event-trigger', data: { event: 'link' } },
      reply('r-link', 'link'),
      { id: 'view', type: 'event-trigger', data: { event: 'view' } },
      reply('r-view', 'view'),
      { id: 'unfollow', type: 'event-trigger', data: { event: 'unfollow' } },
      { id: 'bye', type: 'tag-contact', data: { add: ['gone'] } },
    ],
    [
      ['follow', 'out', 'r-follow'],
      ['scene', 'out', 'r-scene'],
      ['click', 'out', 'r-click'],
      ['loc', 'out', 'r-loc'],
      ['img', 'out', 'r-img'],
      ['media', 'out', 'r-media'],
      ['link', 'out', 'r-link'],
      ['view', 'out', 'r-view'],
      ['unfollow', 'out', 'bye'],
    ],
  );
  const cases: [string, Parameters<ReturnType<typeof converse>['send']>[0], string[]][] = [
    ['plain follow', { type: 'follow' }, ['welcome']],
    ['follow with qrscene maps to the scene', { type: 'follow', scene: 'shop' }, ['scene shop']],
    ['SCAN by an existing follower maps to the same scene', { type: 'scan', scene: 'shop' }, ['scene shop']],
    ['follow with an unknown scene falls back to follow', { type: 'follow', scene: 'other' }, ['welcome']],
    ['scan of an unknown scene does nothing', { type: 'scan', scene: 'other' }, []],
    ['menu click by key', { type: 'menu-click', key: 'ABOUT' }, ['about']],
    ['other menu key', { type: 'menu-click', key: 'NOPE' }, []],
    [
      'location',
      { type: 'location', latitude: 31.2, longitude: 121.5, label: 'Shanghai' },
      ['location Shanghai'],
    ],
    ['image before any media', { type: 'media', mediaType: 'image', mediaId: 'm1' }, ['image']],
    ['voice is any media', { type: 'media', mediaType: 'voice', mediaId: 'm2' }, ['media']],
    ['link', { type: 'link', title: 't', url: 'https://x' }, ['link']],
    ['view', { type: 'view', url: 'https://x' }, ['view']],
  ];
  it.each(cases)('%s', (_name, event, expected) => {
    const effects = converse(flow).send(event);
    expect(
      effects.flatMap((e) => (e.type === 'send' && e.message.kind === 'text' ? [e.message.text] : [])),
    ).toEqual(expected);
  });
  it('unfollow runs its trigger', () => {
    const c = converse(flow);
    expect(c.send({ type: 'unfollow' })).toContainEqual({ type: 'tag-contact', add: ['gone'], remove: [] });
    expect(c.state.contact.tags).toEqual(['gone']);
  });
});

describe('per-contact trigger limits', () => {
  const flow = (limits: object) =>
    buildFlow(
      [
        { id: 'kw', type: 'keyword-trigger', data: { keywords: ['coupon'], limits } },
        reply('r', 'here is your coupon'),
        { id: 'fallback', type: 'fallback', data: {} },
        reply('rf', 'no more today'),
      ],
      [
        ['kw', 'out', 'r'],
        ['fallback', 'out', 'rf'],
      ],
    );
  it('caps firings per day in the flow time zone and resets the next day', () => {
    const c = converse(flow({ maxPerDay: 2 }));
    expect(c.say('coupon')).toEqual(['here is your coupon']);
    expect(c.say('coupon')).toEqual(['here is your coupon']);
    const effects = c.send({ type: 'text', text: 'coupon' });
    expect(effects).toContainEqual({ type: 'mark', mark: 'limit-reached', nodeId: 'kw' });
    expect(c.say('coupon')).toEqual(['no more today']);
    c.advance(14 * 3600_000); // 00:00 the next day in Shanghai
    expect(c.say('coupon')).toEqual(['here is your coupon']);
  });
  it('enforces a cooldown', () => {
    const c = converse(flow({ cooldownSeconds: 60 }));
    expect(c.say('coupon')).toEqual(['here is your coupon']);
    c.advance(59_000);
    expect(c.say('coupon')).toEqual(['no more today']);
    c.advance(1_000);
    expect(c.say('coupon')).toEqual(['here is your coupon']);
  });
});
