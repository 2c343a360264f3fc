import { describe, expect, it } from 'vitest';
import { type z } from 'zod';
import {
  autoReplySettingsSchema,
  buildAutoReplyDocument,
  compileAutoReplies,
  type CompiledFlow,
  compileFlow,
  flowDocumentSchema,
  type InboundEvent,
  initialConversationState,
  step,
} from '@/core';
import { emptyAutoReplySettings } from '@/core/auto-reply/empty-auto-reply-settings';
import { MONDAY_10AM, replies } from './helpers/conversation';

const TIMEZONE = 'Asia/Shanghai';
/** Monday 2026-03-02 20:00 in Asia/Shanghai. */
const MONDAY_8PM = '2026-03-02T12:00:00.000Z';
/** Saturday 2026-03-07 10:00 in Asia/Shanghai. */
const SATURDAY_10AM = '2026-03-07T02:00:00.000Z';

const text = (value: string) => ({ kind: 'text' as const, text: value });
const reply = (...values: string[]) => ({ messages: values.map(text) });
const settings = (input: z.input<typeof autoReplySettingsSchema>) => autoReplySettingsSchema.parse(input);

const fullSettings = settings({
  follow: { enabled: true, reply: reply('欢迎关注！') },
  keywordRules: [
    { id: 'hours', name: '营业时间', keywords: ['营业时间', 'hours'], reply: reply('每天 9:00-18:00') },
    { id: 'price', keywords: ['价格', 'price'], match: 'contains', reply: reply('价格请见菜单') },
    { id: 'old', keywords: ['旧活动'], enabled: false, reply: reply('活动已结束') },
  ],
  defaultReply: { enabled: true, reply: reply('收到，我们会尽快回复。') },
  businessHours: { enabled: true, holidays: ['2026-10-01'] },
  offHours: { enabled: true, reply: reply('现在是非工作时间。') },
});

/** Sends one event to a fresh conversation at `now` and returns the texts it answers with. */
function answer(compiled: CompiledFlow, event: InboundEvent, now = MONDAY_10AM): string[] {
  const state = initialConversationState({ compiled, contact: { id: 'user-1' } });
  return replies(step(compiled, state, event, { now: new Date(now), random: () => 0 }).effects);
}

function compileOrFail(input: z.input<typeof autoReplySettingsSchema>): CompiledFlow {
  const result = compileAutoReplies({ settings: settings(input), timezone: TIMEZONE });
  expect(result.problems).toEqual([]);
  if (result.compiled === null) throw new Error('did not compile');
  return result.compiled;
}

describe('autoReplySettingsSchema', () => {
  it('parses {} to complete settings with everything disabled', () => {
    expect(autoReplySettingsSchema.parse({})).toEqual({
      version: 1,
      follow: { enabled: false, reply: { messages: [], mode: 'all' } },
      keywordRules: [],
      defaultReply: { enabled: false, reply: { messages: [], mode: 'all' } },
      businessHours: {
        enabled: false,
        days: [1, 2, 3, 4, 5],
        hours: [{ start: '09:00', end: '18:00' }],
        holidays: [],
      },
      offHours: { enabled: false, reply: { messages: [], mode: 'all' } },
    });
    expect(emptyAutoReplySettings()).toEqual(autoReplySettingsSchema.parse({}));
  });

  it('does not share default arrays between parses', () => {
    const a = emptyAutoReplySettings();
    a.follow.reply.messages.push(text('x'));
    a.businessHours.days.push(0);
    const b = emptyAutoReplySettings();
    expect(b.follow.reply.messages).toEqual([]);
    expect(b.businessHours.days).toEqual([1, 2, 3, 4, 5]);
  });

  it('fills rule defaults and trims keywords', () => {
    const rule = settings({ keywordRules: [{ id: 'a', keywords: [' hi '] }] }).keywordRules[0];
    expect(rule).toEqual({
      id: 'a',
      name: '',
      keywords: ['hi'],
      match: 'exact',
      priority: 0,
      enabled: true,
      reply: { messages: [], mode: 'all' },
    });
  });

  it('refuses duplicate rule ids at the later rule', () => {
    const result = autoReplySettingsSchema.safeParse({
      keywordRules: [
        { id: 'a', keywords: ['x'] },
        { id: 'b', keywords: ['y'] },
        { id: 'a', keywords: ['z'] },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['keywordRules', 2, 'id'], message: expect.stringContaining('"a"') }),
    ]);
  });

  it.each([['Upper'], ['-lead'], [''], ['a'.repeat(41)], ['x-reply']])('refuses rule id %j', (id) => {
    expect(autoReplySettingsSchema.safeParse({ keywordRules: [{ id, keywords: ['k'] }] }).success).toBe(
      false,
    );
  });

  it('refuses a rule without keywords and a version it does not know', () => {
    expect(autoReplySettingsSchema.safeParse({ keywordRules: [{ id: 'a', keywords: [' '] }] }).success).toBe(
      false,
    );
    expect(autoReplySettingsSchema.safeParse({ version: 2 }).success).toBe(false);
  });
});

describe('buildAutoReplyDocument', () => {
  it('generates deterministic nodes, skipping disabled parts', () => {
    const document = buildAutoReplyDocument({ settings: fullSettings, timezone: TIMEZONE });
    expect(flowDocumentSchema.parse(document)).toEqual(document);
    expect(document.settings.timezone).toBe(TIMEZONE);
    expect(document.nodes.map((node) => [node.id, node.type, node.label])).toEqual([
      ['follow', 'event-trigger', 'Follow'],
      ['follow-reply', 'send-message', 'Welcome reply'],
      ['kw-hours', 'keyword-trigger', '营业时间'],
      ['kw-hours-reply', 'send-message', 'Reply: 营业时间'],
      ['kw-price', 'keyword-trigger', '价格'],
      ['kw-price-reply', 'send-message', 'Reply: 价格'],
      ['default', 'fallback', 'Default'],
      ['business-hours', 'condition', 'Business hours'],
      ['off-hours-reply', 'send-message', 'Off-hours reply'],
      ['default-reply', 'send-message', 'Default reply'],
    ]);
    expect(document.edges.map((edge) => [edge.source, edge.sourcePort, edge.target])).toEqual([
      ['follow', 'out', 'follow-reply'],
      ['kw-hours', 'out', 'kw-hours-reply'],
      ['kw-price', 'out', 'kw-price-reply'],
      ['default', 'out', 'business-hours'],
      ['business-hours', 'else', 'off-hours-reply'],
      ['business-hours', 'in-hours', 'default-reply'],
    ]);
    const positions = document.nodes.map((node) => `${node.position.x},${node.position.y}`);
    expect(new Set(positions).size).toBe(positions.length);
    expect(buildAutoReplyDocument({ settings: fullSettings, timezone: TIMEZONE })).toEqual(document);
  });

  it('puts the business hours and time zone into the condition', () => {
    const document = buildAutoReplyDocument({ settings: fullSettings, timezone: 'Asia/Tokyo' });
    const condition = document.nodes.find((node) => node.id === 'business-hours');
    expect(condition?.type === 'condition' && condition.data.branches[0]?.conditions).toEqual([
      {
        kind: 'time-window',
        negate: false,
        window: {
          timezone: 'Asia/Tokyo',
          days: [1, 2, 3, 4, 5],
          hours: [{ start: '09:00', end: '18:00' }],
          holidays: ['2026-10-01'],
        },
      },
    ]);
  });

  it('links the default reply straight to the fallback unless business hours and off-hours are both on', () => {
    for (const [businessHours, offHours] of [
      [true, false],
      [false, true],
    ]) {
      const document = buildAutoReplyDocument({
        settings: settings({
          defaultReply: { enabled: true, reply: reply('d') },
          businessHours: { enabled: businessHours },
          offHours: { enabled: offHours, reply: reply('o') },
        }),
        timezone: TIMEZONE,
      });
      expect(document.nodes.map((node) => node.id)).toEqual(['default', 'default-reply']);
      expect(document.edges.map((edge) => edge.id)).toEqual(['default.out->default-reply']);
    }
  });

  it('routes off-hours only when there is no default reply', () => {
    const document = buildAutoReplyDocument({
      settings: settings({
        businessHours: { enabled: true },
        offHours: { enabled: true, reply: reply('o') },
      }),
      timezone: TIMEZONE,
    });
    expect(document.nodes.map((node) => node.id)).toEqual(['default', 'business-hours', 'off-hours-reply']);
  });

  it('has no fallback node when neither default nor off-hours reply applies', () => {
    const document = buildAutoReplyDocument({
      settings: settings({ follow: { enabled: true, reply: reply('hi') }, offHours: { enabled: true } }),
      timezone: TIMEZONE,
    });
    expect(document.nodes.map((node) => node.id)).toEqual(['follow', 'follow-reply']);
  });
});

describe('compileAutoReplies', () => {
  const result = compileAutoReplies({ settings: fullSettings, timezone: TIMEZONE });

  it('compiles generated documents without errors', () => {
    expect(result.problems).toEqual([]);
    expect(result.empty).toBe(false);
    expect(result.compiled).not.toBeNull();
    expect(compileFlow(result.document).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  const compiled = result.compiled as CompiledFlow;

  it.each<[string, InboundEvent, string, string[]]>([
    ['follow → welcome', { type: 'follow' }, MONDAY_10AM, ['欢迎关注！']],
    ['follow by QR scene → welcome', { type: 'follow', scene: 'store' }, MONDAY_10AM, ['欢迎关注！']],
    ['exact keyword', { type: 'text', text: '营业时间' }, MONDAY_10AM, ['每天 9:00-18:00']],
    ['exact keyword, normalised', { type: 'text', text: ' HOURS ' }, MONDAY_8PM, ['每天 9:00-18:00']],
    [
      'exact keyword is not contained',
      { type: 'text', text: 'hours?' },
      MONDAY_10AM,
      ['收到，我们会尽快回复。'],
    ],
    ['contains keyword', { type: 'text', text: '请问价格多少' }, MONDAY_10AM, ['价格请见菜单']],
    ['in hours → default', { type: 'text', text: '在吗' }, MONDAY_10AM, ['收到，我们会尽快回复。']],
    ['evening → off-hours', { type: 'text', text: '在吗' }, MONDAY_8PM, ['现在是非工作时间。']],
    ['weekend → off-hours', { type: 'text', text: '在吗' }, SATURDAY_10AM, ['现在是非工作时间。']],
    [
      'holiday → off-hours',
      { type: 'text', text: '在吗' },
      '2026-10-01T02:00:00.000Z',
      ['现在是非工作时间。'],
    ],
    ['disabled rule → default', { type: 'text', text: '旧活动' }, MONDAY_10AM, ['收到，我们会尽快回复。']],
    ['menu click → nothing', { type: 'menu-click', key: 'X' }, MONDAY_10AM, []],
  ])('%s', (_name, event, now, expected) => {
    expect(answer(compiled, event, now)).toEqual(expected);
  });

  it('answers nothing in hours when only the off-hours reply is enabled', () => {
    const onlyOffHours = compileOrFail({
      businessHours: { enabled: true },
      offHours: { enabled: true, reply: reply('下班了') },
    });
    expect(answer(onlyOffHours, { type: 'text', text: 'x' }, MONDAY_10AM)).toEqual([]);
    expect(answer(onlyOffHours, { type: 'text', text: 'x' }, MONDAY_8PM)).toEqual(['下班了']);
  });

  it('runs higher-priority rules first', () => {
    const flow = compileOrFail({
      keywordRules: [
        { id: 'a', keywords: ['vip'], match: 'contains', reply: reply('contains') },
        { id: 'b', keywords: ['vip price'], priority: -1, reply: reply('exact') },
        { id: 'c', keywords: ['price'], match: 'contains', priority: 5, reply: reply('price') },
      ],
    });
    expect(answer(flow, { type: 'text', text: 'vip price' })).toEqual(['price']);
    expect(answer(flow, { type: 'text', text: 'vip' })).toEqual(['contains']);
  });

  it('sends one message at random in random mode', () => {
    const flow = compileOrFail({
      follow: { enabled: true, reply: { messages: [text('a'), text('b')], mode: 'random' } },
    });
    expect(answer(flow, { type: 'follow' })).toHaveLength(1);
  });

  it('reports enabled parts without messages as empty-reply, once each', () => {
    const empty = compileAutoReplies({
      settings: settings({
        follow: { enabled: true },
        keywordRules: [
          { id: 'a', keywords: ['a'], reply: reply('ok') },
          { id: 'b', keywords: ['b'] },
          { id: 'c', keywords: ['c'], enabled: false },
        ],
        defaultReply: { enabled: true },
        businessHours: { enabled: true },
        offHours: { enabled: true },
      }),
      timezone: TIMEZONE,
    });
    expect(empty.compiled).toBeNull();
    expect(empty.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['empty-reply', ['follow', 'reply']],
      ['empty-reply', ['keywordRules', 1, 'reply']],
      ['empty-reply', ['defaultReply', 'reply']],
      ['empty-reply', ['offHours', 'reply']],
    ]);
  });

  it('reports a keyword used by two enabled rules with the same match mode', () => {
    const duplicate = compileAutoReplies({
      settings: settings({
        keywordRules: [
          { id: 'a', name: 'First', keywords: ['Hello', 'x'], reply: reply('1') },
          { id: 'b', keywords: ['hello'], match: 'contains', reply: reply('2') },
          { id: 'c', keywords: ['y', ' ＨＥＬＬＯ '], reply: reply('3') },
          { id: 'd', keywords: ['x'], enabled: false, reply: reply('4') },
        ],
      }),
      timezone: TIMEZONE,
    });
    expect(duplicate.compiled).toBeNull();
    expect(duplicate.problems).toEqual([
      {
        path: ['keywordRules', 2, 'keywords', 1],
        code: 'duplicate-keyword',
        message: expect.stringContaining('"First"'),
        messageZh: expect.any(String),
      },
    ]);
  });

  it('maps an empty text message to its rule reply', () => {
    const result = compileAutoReplies({
      settings: settings({
        keywordRules: [
          { id: 'a', keywords: ['a'], reply: reply('ok') },
          { id: 'b', keywords: ['b'], reply: reply('fine', '', '') },
        ],
      }),
      timezone: TIMEZONE,
    });
    expect(result.compiled).toBeNull();
    expect(result.problems).toEqual([
      {
        path: ['keywordRules', 1, 'reply'],
        code: 'required-field-empty',
        message: 'Required field "text" is empty.',
        messageZh: expect.any(String),
      },
    ]);
  });

  it('maps template errors and unknown variables to the part they occur in', () => {
    const result = compileAutoReplies({
      settings: settings({
        follow: { enabled: true, reply: reply('hi {{ name }}') },
        defaultReply: { enabled: true, reply: reply('{{ contact.nickname') },
      }),
      timezone: TIMEZONE,
    });
    expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['template-syntax', ['defaultReply', 'reply']],
      ['unknown-variable', ['follow', 'reply']],
    ]);
  });

  it('reports invalid business hours once, whether or not the off-hours reply is on', () => {
    for (const offHours of [true, false]) {
      const result = compileAutoReplies({
        settings: settings({
          defaultReply: { enabled: true, reply: reply('d') },
          businessHours: { enabled: true, days: [], hours: [{ start: '9am', end: '18:00' }] },
          offHours: { enabled: offHours, reply: reply('o') },
        }),
        timezone: TIMEZONE,
      });
      expect(result.compiled).toBeNull();
      expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual([
        ['invalid-time-window', ['businessHours']],
        ['invalid-time-window', ['businessHours']],
      ]);
    }
  });

  it('is empty when nothing is enabled', () => {
    for (const input of [
      {},
      { keywordRules: [{ id: 'a', keywords: ['a'], enabled: false, reply: reply('a') }] },
      { businessHours: { enabled: true } },
      { offHours: { enabled: true, reply: reply('o') } },
    ]) {
      const result = compileAutoReplies({ settings: settings(input), timezone: TIMEZONE });
      expect(result).toMatchObject({ compiled: null, problems: [], empty: true });
      expect(result.document.nodes).toEqual([]);
    }
  });

  it('is not empty when a single part is enabled', () => {
    const result = compileAutoReplies({
      settings: settings({ keywordRules: [{ id: 'a', keywords: ['a'], reply: reply('a') }] }),
      timezone: TIMEZONE,
    });
    expect(result.empty).toBe(false);
    expect(result.compiled).not.toBeNull();
  });
});

describe('off-hours reply without business hours', () => {
  it('is never sent, so an empty one blocks nothing', () => {
    const settings = autoReplySettingsSchema.parse({
      defaultReply: { enabled: true, reply: { messages: [{ kind: 'text', text: 'Hi' }] } },
      offHours: { enabled: true, reply: { messages: [] } },
    });
    const result = compileAutoReplies({ settings, timezone: 'Asia/Shanghai' });
    expect(result.problems).toEqual([]);
    expect(result.document.nodes.some((n) => n.id === 'off-hours-reply')).toBe(false);
    const withHours = compileAutoReplies({
      settings: { ...settings, businessHours: { ...settings.businessHours, enabled: true } },
      timezone: 'Asia/Shanghai',
    });
    expect(withHours.problems.map((p) => [p.code, p.path])).toEqual([['empty-reply', ['offHours', 'reply']]]);
  });
});
