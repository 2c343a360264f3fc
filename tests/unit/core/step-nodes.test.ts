import { describe, expect, it } from 'vitest';
import { step } from '@/core';
import { type z } from 'zod';
import { type answerValidationSchema } from '@/core/document/nodes/answer-validation-schema';
import { type Condition } from '@/core/document/nodes/condition-schema';
import { buildFlow, converse, replies } from './helpers/conversation';

type AnswerValidation = z.input<typeof answerValidationSchema>;

const text = (value: string) => ({ kind: 'text' as const, text: value });
const reply = (id: string, value: string) => ({
  id,
  type: 'send-message' as const,
  data: { messages: [text(value)] },
});
const start = { id: 'start', type: 'keyword-trigger' as const, data: { keywords: ['go'] } };

describe('send-message', () => {
  it('sends all messages in order with templates rendered', () => {
    const flow = buildFlow(
      [
        start,
        {
          id: 's',
          type: 'send-message',
          data: {
            messages: [
              text('Hi {{ contact.name | default: "friend" | upper }}'),
              text('{{ now | date: "YYYY-MM-DD HH:mm" }} / {{ now | date: "HH:mm", "UTC" }}'),
              { kind: 'image', mediaId: 'm1', url: '' },
            ],
          },
        },
      ],
      [['start', 'out', 's']],
    );
    expect(converse(flow).say('go')).toEqual(['Hi FRIEND', '2026-03-02 10:00 / 02:00', '<image>']);
    expect(converse(flow, { contact: { name: 'Li' } }).say('go')[0]).toBe('Hi LI');
  });
  it('picks one message with the injected random source in random mode', () => {
    const flow = buildFlow(
      [
        start,
        {
          id: 's',
          type: 'send-message',
          data: { mode: 'random', messages: [text('a'), text('b'), text('c')] },
        },
      ],
      [['start', 'out', 's']],
    );
    expect(converse(flow, { random: () => 0 }).say('go')).toEqual(['a']);
    expect(converse(flow, { random: () => 0.5 }).say('go')).toEqual(['b']);
    expect(converse(flow, { random: () => 0.99 }).say('go')).toEqual(['c']);
  });
});

describe('ask', () => {
  const askFlow = (validation: AnswerValidation, extra: object = {}) =>
    buildFlow(
      [
        start,
        {
          id: 'ask',
          type: 'ask',
          data: {
            prompt: [text('question?')],
            variable: 'answer',
            validation,
            maxRetries: 1,
            timeoutSeconds: 600,
            ...extra,
          },
        },
        reply('ok', 'got {{ answer }}'),
        reply('bad', 'giving up'),
        reply('late', 'too late'),
        { id: 'stop', type: 'keyword-trigger', data: { keywords: ['stop'], interrupt: true } },
        reply('stopped', 'stopped'),
        { id: 'other', type: 'keyword-trigger', data: { keywords: ['other'] } },
        reply('other-reply', 'other'),
      ],
      [
        ['start', 'out', 'ask'],
        ['ask', 'answer', 'ok'],
        ['ask', 'invalid', 'bad'],
        ['ask', 'timeout', 'late'],
        ['stop', 'out', 'stopped'],
        ['other', 'out', 'other-reply'],
      ],
    );

  const cases: [string, AnswerValidation, string, string][] = [
    ['text', { kind: 'text' }, ' hello ', 'got hello'],
    ['text too long', { kind: 'text', maxLength: 3 }, 'hello', 'question?'],
    ['number', { kind: 'number', min: 1, max: 10 }, '７', 'got 7'],
    ['number out of range', { kind: 'number', min: 1, max: 10 }, '11', 'question?'],
    ['integer only', { kind: 'number', integer: true }, '2.5', 'question?'],
    ['CN mobile', { kind: 'phone' }, '138 0013 8000', 'got 13800138000'],
    ['full-width mobile', { kind: 'phone' }, '１３８００１３８０００', 'got 13800138000'],
    ['not a phone', { kind: 'phone' }, '12ab', 'question?'],
    ['email', { kind: 'email' }, 'Li@Example.com', 'got li@example.com'],
    ['bad email', { kind: 'email' }, 'li@', 'question?'],
    ['date', { kind: 'date' }, '2026/3/5', 'got 2026-03-05'],
    ['Chinese date', { kind: 'date' }, '2026年3月5日', 'got 2026-03-05'],
    ['impossible date', { kind: 'date' }, '2026-02-30', 'question?'],
    ['regex', { kind: 'regex', pattern: '^SN\\d{3}$', flags: 'i' }, 'sn123', 'got sn123'],
    [
      'choice by label',
      {
        kind: 'choice',
        options: [
          { value: 'y', label: 'Yes', synonyms: ['是', 'ok'] },
          { value: 'n', label: 'No', synonyms: [] },
        ],
      },
      ' yes ',
      'got y',
    ],
    [
      'choice by synonym',
      { kind: 'choice', options: [{ value: 'y', label: 'Yes', synonyms: ['是'] }] },
      '是',
      'got y',
    ],
    [
      'choice by number',
      {
        kind: 'choice',
        options: [
          { value: 'y', label: 'Yes', synonyms: [] },
          { value: 'n', label: 'No', synonyms: [] },
        ],
      },
      '2',
      'got n',
    ],
    [
      'choice miss',
      { kind: 'choice', options: [{ value: 'y', label: 'Yes', synonyms: [] }] },
      'maybe',
      'question?',
    ],
  ];
  it.each(cases)('%s: %j', (_name, validation, input, expected) => {
    const c = converse(askFlow(validation));
    expect(c.say('go')).toEqual(['question?']);
    expect(c.say(input)).toEqual([expected]);
  });

  it('matches a menu-message click by option id', () => {
    const c = converse(askFlow({ kind: 'choice', options: [{ value: 'y', label: 'Yes', synonyms: [] }] }));
    c.say('go');
    expect(replies(c.send({ type: 'text', text: 'something else', menuId: 'y' }))).toEqual(['got y']);
  });

  it('sends the retry message, then leaves through invalid after maxRetries', () => {
    const c = converse(askFlow({ kind: 'number' }, { retryMessage: 'a number please', maxRetries: 2 }));
    c.say('go');
    expect(c.say('x')).toEqual(['a number please']);
    expect(c.say('y')).toEqual(['a number please']);
    expect(c.say('z')).toEqual(['giving up']);
    expect(c.state.wait).toBeNull();
  });

  it('schedules a timeout and leaves through timeout when it fires', () => {
    const c = converse(askFlow({ kind: 'text' }, { timeoutSeconds: 60 }));
    const effects = c.send({ type: 'text', text: 'go' });
    const timer = effects.find((e) => e.type === 'schedule-timer');
    expect(timer).toEqual({ type: 'schedule-timer', timerId: 'ask:1', fireAt: c.now.getTime() + 60_000 });
    expect(replies(c.send({ type: 'timer-fired', timerId: 'stale' }))).toEqual([]);
    expect(replies(c.send({ type: 'timer-fired', timerId: 'ask:1' }))).toEqual(['too late']);
  });

  it('cancels the timeout when answered', () => {
    const c = converse(askFlow({ kind: 'text' }, { timeoutSeconds: 60 }));
    c.say('go');
    expect(c.send({ type: 'text', text: 'fine' })).toContainEqual({ type: 'cancel-timer', timerId: 'ask:1' });
  });

  it('lets an interrupt keyword win over the waiting question, and only an interrupt', () => {
    const c = converse(askFlow({ kind: 'text' }, { timeoutSeconds: 60 }));
    c.say('go');
    expect(c.say('other')).toEqual(['got other']);
    c.say('go');
    const effects = c.send({ type: 'text', text: 'ＳＴＯＰ' });
    expect(replies(effects)).toEqual(['stopped']);
    expect(effects).toContainEqual({ type: 'cancel-timer', timerId: 'ask:2' });
    expect(c.state.wait).toBeNull();
  });

  it('keeps waiting when a non-message event matches nothing', () => {
    const c = converse(askFlow({ kind: 'text' }));
    c.say('go');
    expect(c.send({ type: 'follow' })).toEqual([]);
    expect(c.say('hello')).toEqual(['got hello']);
  });
});

describe('condition', () => {
  const conditionFlow = (conditions: Condition[], match: 'all' | 'any' = 'all') =>
    buildFlow(
      [
        start,
        {
          id: 'set',
          type: 'set-variable',
          data: {
            assignments: [
              { variable: 'city', value: 'Shanghai' },
              { variable: 'age', value: '30', as: 'number' },
              { variable: 'empty', value: '' },
            ],
          },
        },
        { id: 'cond', type: 'condition', data: { branches: [{ id: 'yes', match, conditions }] } },
        reply('yes', 'yes'),
        reply('no', 'no'),
      ],
      [
        ['start', 'out', 'set'],
        ['set', 'out', 'cond'],
        ['cond', 'yes', 'yes'],
        ['cond', 'else', 'no'],
      ],
    );
  const monday = { days: [1], hours: [{ start: '09:00', end: '12:00' }] };
  const cases: [string, Condition[], 'yes' | 'no'][] = [
    [
      'eq (case-insensitive)',
      [{ kind: 'compare', subject: 'city', operator: 'eq', value: 'shanghai', negate: false }],
      'yes',
    ],
    ['neq', [{ kind: 'compare', subject: 'city', operator: 'neq', value: 'Beijing', negate: false }], 'yes'],
    ['numeric gt', [{ kind: 'compare', subject: 'age', operator: 'gt', value: '9', negate: false }], 'yes'],
    [
      'numeric lte',
      [{ kind: 'compare', subject: 'vars.age', operator: 'lte', value: '29', negate: false }],
      'no',
    ],
    ['contains', [{ kind: 'contains', subject: 'city', value: 'HAI', negate: false }], 'yes'],
    ['regex', [{ kind: 'regex', subject: 'city', pattern: '^Shang', flags: '', negate: false }], 'yes'],
    ['is-set', [{ kind: 'is-set', subject: 'city', negate: false }], 'yes'],
    ['is-set on empty', [{ kind: 'is-set', subject: 'empty', negate: false }], 'no'],
    ['negate', [{ kind: 'is-set', subject: 'empty', negate: true }], 'yes'],
    ['has-tag', [{ kind: 'has-tag', tag: 'vip', negate: false }], 'yes'],
    ['channel', [{ kind: 'channel', channel: 'wechat', negate: false }], 'yes'],
    [
      'contact field',
      [{ kind: 'compare', subject: 'contact.level', operator: 'eq', value: 'gold', negate: false }],
      'yes',
    ],
    [
      'time window open (Mon 10:00 Shanghai)',
      [{ kind: 'time-window', window: monday, negate: false }],
      'yes',
    ],
    [
      'time window in another zone',
      [{ kind: 'time-window', window: { ...monday, timezone: 'UTC' }, negate: false }],
      'no',
    ],
    [
      'holiday',
      [{ kind: 'time-window', window: { ...monday, holidays: ['2026-03-02'] }, negate: false }],
      'no',
    ],
    [
      'date range',
      [{ kind: 'time-window', window: { dates: [{ from: '2026-03-01', to: '2026-03-31' }] }, negate: false }],
      'yes',
    ],
    [
      'all: one fails',
      [
        { kind: 'is-set', subject: 'city', negate: false },
        { kind: 'has-tag', tag: 'nope', negate: false },
      ],
      'no',
    ],
  ];
  it.each(cases)('%s', (_name, conditions, expected) => {
    const c = converse(conditionFlow(conditions), {
      contact: { tags: ['vip'], channel: 'wechat', fields: { level: 'gold' } },
    });
    expect(c.say('go')).toEqual([expected]);
  });
  it('any: one holds', () => {
    const conditions: Condition[] = [
      { kind: 'has-tag', tag: 'nope', negate: false },
      { kind: 'is-set', subject: 'city', negate: false },
    ];
    expect(converse(conditionFlow(conditions, 'any')).say('go')).toEqual(['yes']);
  });
});

describe('set-variable, tag-contact, end', () => {
  it('sets variables, tags the contact and clears variables at end', () => {
    const flow = buildFlow(
      [
        start,
        {
          id: 'set',
          type: 'set-variable',
          data: { assignments: [{ variable: 'n', value: '{{ input | upper }}' }] },
        },
        { id: 'tag', type: 'tag-contact', data: { add: ['a', 'b'], remove: ['old'] } },
        reply('show', 'n={{ n }}'),
        { id: 'end', type: 'end', data: { clearVariables: true } },
      ],
      [
        ['start', 'out', 'set'],
        ['set', 'out', 'tag'],
        ['tag', 'out', 'show'],
        ['show', 'out', 'end'],
      ],
      { variables: [{ name: 'n', defaultValue: 'none' }] },
    );
    const c = converse(flow, { contact: { tags: ['old', 'x'] } });
    const effects = c.send({ type: 'text', text: 'go' });
    expect(replies(effects)).toEqual(['n=GO']);
    expect(effects).toContainEqual({ type: 'tag-contact', add: ['a', 'b'], remove: ['old'] });
    expect(c.state.contact.tags).toEqual(['x', 'a', 'b']);
    expect(c.state.variables).toEqual({ n: 'none' });
    expect(c.state.currentNodeId).toBeNull();
  });
});

describe('http-request', () => {
  const flow = buildFlow(
    [
      start,
      {
        id: 'http',
        type: 'http-request',
        data: {
          method: 'POST',
          url: 'https://api.example.com/q?u={{ contact.id | url }}',
          headers: [{ name: 'X-Id', value: '{{ contact.id }}' }],
          body: '{"q":"{{ input }}"}',
          responseMappings: [
            { variable: 'status', path: 'data.items[0].status' },
            { variable: 'raw', path: '$.data' },
          ],
        },
      },
      reply('ok', 'status={{ status }}'),
      reply('err', 'failed'),
    ],
    [
      ['start', 'out', 'http'],
      ['http', 'success', 'ok'],
      ['http', 'error', 'err'],
    ],
  );
  it('emits the request and waits for its result', () => {
    const c = converse(flow, { contact: { id: 'a b' } });
    expect(c.send({ type: 'text', text: 'go' })).toContainEqual({
      type: 'http-request',
      requestId: 'http:1',
      method: 'POST',
      url: 'https://api.example.com/q?u=a%20b',
      headers: { 'X-Id': 'a b' },
      body: '{"q":"go"}',
      timeoutMs: 5000,
    });
    expect(c.state.wait).toEqual({ kind: 'http', nodeId: 'http', requestId: 'http:1' });
  });
  it('maps JSON paths into variables on success', () => {
    const c = converse(flow);
    c.say('go');
    const body = { data: { items: [{ status: 'shipped' }] } };
    expect(replies(c.send({ type: 'http-result', requestId: 'stale', status: 200, body }))).toEqual([]);
    expect(replies(c.send({ type: 'http-result', requestId: 'http:1', status: 200, body }))).toEqual([
      'status=shipped',
    ]);
    expect(c.state.variables.raw).toBe(JSON.stringify(body.data));
  });
  it.each([500, 404, 0])('takes the error branch on status %i', (status) => {
    const c = converse(flow);
    c.say('go');
    expect(replies(c.send({ type: 'http-result', requestId: 'http:1', status }))).toEqual(['failed']);
  });
});

describe('random-split', () => {
  const flow = (weights: [number, number]) =>
    buildFlow(
      [
        start,
        {
          id: 'split',
          type: 'random-split',
          data: {
            variants: [
              { id: 'a', weight: weights[0] },
              { id: 'b', weight: weights[1] },
            ],
          },
        },
        reply('ra', 'A'),
        reply('rb', 'B'),
      ],
      [
        ['start', 'out', 'split'],
        ['split', 'a', 'ra'],
        ['split', 'b', 'rb'],
      ],
    );
  it('gives a contact the same variant every time, whatever the random source', () => {
    const first = converse(flow([50, 50]), { contact: { id: 'c-42' }, random: () => 0 }).say('go');
    for (const r of [0.1, 0.5, 0.9]) {
      expect(converse(flow([50, 50]), { contact: { id: 'c-42' }, random: () => r }).say('go')).toEqual(first);
    }
  });
  it('respects weights across contacts', () => {
    const counts = { A: 0, B: 0 };
    for (let i = 0; i < 1000; i += 1) {
      const [variant] = converse(flow([80, 20]), { contact: { id: `contact-${i}` } }).say('go');
      counts[variant as 'A' | 'B'] += 1;
    }
    expect(counts.A).toBeGreaterThan(730);
    expect(counts.A).toBeLessThan(870);
    expect(converse(flow([0, 1])).say('go')).toEqual(['B']);
  });
});

describe('delay', () => {
  const flow = (allowedWindow: object | null) =>
    buildFlow(
      [start, { id: 'wait', type: 'delay', data: { seconds: 3600, allowedWindow } }, reply('after', 'later')],
      [
        ['start', 'out', 'wait'],
        ['wait', 'out', 'after'],
      ],
    );
  it('schedules a timer and continues when it fires', () => {
    const c = converse(flow(null));
    expect(c.send({ type: 'text', text: 'go' })).toContainEqual({
      type: 'schedule-timer',
      timerId: 'wait:1',
      fireAt: c.now.getTime() + 3600_000,
    });
    expect(replies(c.send({ type: 'timer-fired', timerId: 'wait:1' }))).toEqual(['later']);
  });
  it('moves the wake-up into the allowed hours', () => {
    // 17:30 Shanghai + 1 h = 18:30, outside 09:00-18:00 → next day 09:00 Shanghai = 01:00 UTC.
    const c = converse(flow({ hours: [{ start: '09:00', end: '18:00' }] }), {
      now: '2026-03-02T09:30:00.000Z',
    });
    const timer = c.send({ type: 'text', text: 'go' }).find((e) => e.type === 'schedule-timer');
    expect(timer && 'fireAt' in timer && new Date(timer.fireAt).toISOString()).toBe(
      '2026-03-03T01:00:00.000Z',
    );
  });
  it('is cancelled when another trigger starts', () => {
    const c = converse(flow(null));
    c.say('go');
    expect(c.send({ type: 'text', text: 'go' })).toContainEqual({ type: 'cancel-timer', timerId: 'wait:1' });
  });
});

describe('handoff', () => {
  const flow = buildFlow(
    [
      start,
      { id: 'human', type: 'handoff', data: { messages: [text('connecting')], reason: 'help' } },
      reply('back', 'bot is back'),
      { id: 'fallback', type: 'fallback', data: {} },
      reply('fb', 'fallback'),
    ],
    [
      ['start', 'out', 'human'],
      ['human', 'released', 'back'],
      ['fallback', 'out', 'fb'],
    ],
  );
  it('pauses the bot until released', () => {
    const c = converse(flow);
    const effects = c.send({ type: 'text', text: 'go' });
    expect(replies(effects)).toEqual(['connecting']);
    expect(effects).toContainEqual({ type: 'handoff', nodeId: 'human', reason: 'help' });
    expect(c.send({ type: 'text', text: 'go' })).toEqual([]);
    expect(c.send({ type: 'text', text: 'anything' })).toEqual([]);
    expect(replies(c.send({ type: 'handoff-released' }))).toEqual(['bot is back']);
    expect(c.say('anything')).toEqual(['fallback']);
  });
});

describe('go-to', () => {
  it('jumps to a node', () => {
    const flow = buildFlow(
      [
        start,
        { id: 'jump', type: 'go-to', data: { target: 'node', nodeId: 'target' } },
        reply('target', 'landed'),
      ],
      [['start', 'out', 'jump']],
    );
    expect(converse(flow).say('go')).toEqual(['landed']);
  });
  it('hands a jump to another flow to the shell', () => {
    const flow = buildFlow(
      [start, { id: 'jump', type: 'go-to', data: { target: 'flow', flowId: 'flow-2' } }],
      [['start', 'out', 'jump']],
    );
    expect(converse(flow).send({ type: 'text', text: 'go' })).toContainEqual({
      type: 'go-to-flow',
      flowId: 'flow-2',
    });
  });
});

describe('step budget', () => {
  it('stops a loop that never waits and reports it as an effect', () => {
    const flow = buildFlow(
      [
        start,
        { id: 'count', type: 'set-variable', data: { assignments: [{ variable: 'n', value: '1' }] } },
        {
          id: 'check',
          type: 'condition',
          data: { branches: [{ id: 'again', conditions: [{ kind: 'is-set', subject: 'n' }] }] },
        },
      ],
      [
        ['start', 'out', 'count'],
        ['count', 'out', 'check'],
        ['check', 'again', 'count'],
      ],
      { settings: { stepBudget: 20 } },
    );
    const c = converse(flow);
    const effects = c.send({ type: 'text', text: 'go' });
    expect(effects.filter((e) => e.type === 'mark' && e.mark === 'node-entered')).toHaveLength(20);
    expect(effects.at(-1)).toMatchObject({ type: 'diagnostic', code: 'step-budget-exceeded' });
    expect(c.state.wait).toBeNull();
    expect(c.state.trail.length).toBeLessThanOrEqual(50);
  });
});

describe('flow version change', () => {
  it('restarts a conversation whose state belongs to another compiled flow', () => {
    const flow = buildFlow([start, reply('r', 'hi')], [['start', 'out', 'r']]);
    const c = converse(flow);
    const stale = { ...c.state, flowHash: 'other', wait: { kind: 'handoff' as const, nodeId: 'gone' } };
    const { state, effects } = step(
      c.compiled,
      stale,
      { type: 'text', text: 'go' },
      { now: c.now, random: () => 0 },
    );
    expect(effects[0]).toMatchObject({ type: 'diagnostic', code: 'flow-changed' });
    expect(replies(effects)).toEqual(['hi']);
    expect(state.flowHash).toBe(c.compiled.hash);
  });
});
