import { describe, expect, it } from 'vitest';
import {
  compileFlow,
  createEmptyFlowDocument,
  type DiagnosticCode,
  diagnosticCatalogue,
  type FlowDocument,
} from '@/core';
import { buildFlow } from './helpers/conversation';

const text = (value: string) => ({ kind: 'text' as const, text: value });
const reply = (id: string, value: string) => ({
  id,
  type: 'send-message' as const,
  data: { messages: [text(value)] },
});
const start = { id: 'start', type: 'keyword-trigger' as const, data: { keywords: ['go'] } };

type Expected = { code: DiagnosticCode; nodeId?: string; edgeId?: string };

const codes = (document: FlowDocument) =>
  compileFlow(document).diagnostics.map(({ code, nodeId, edgeId }) => ({
    code,
    ...(nodeId === undefined ? {} : { nodeId }),
    ...(edgeId === undefined ? {} : { edgeId }),
  }));

const cases: [string, FlowDocument, Expected[]][] = [
  ['empty document', createEmptyFlowDocument(), [{ code: 'no-entry' }]],
  [
    'no entry',
    buildFlow([reply('a', 'x')]),
    [{ code: 'no-entry' }, { code: 'unreachable-node', nodeId: 'a' }],
  ],
  ['clean flow', buildFlow([start, reply('a', 'x')], [['start', 'out', 'a']]), []],
  ['unconnected trigger output', buildFlow([start]), [{ code: 'unconnected-output', nodeId: 'start' }]],
  [
    'duplicate node id',
    buildFlow([start, reply('a', 'x'), reply('a', 'y')], [['start', 'out', 'a']]),
    [{ code: 'duplicate-node-id', nodeId: 'a' }],
  ],
  [
    'edge from a missing node',
    buildFlow(
      [start, reply('a', 'x')],
      [
        ['start', 'out', 'a'],
        ['ghost', 'out', 'a'],
      ],
    ),
    [{ code: 'edge-source-missing', edgeId: 'ghost.out->a' }],
  ],
  [
    'edge from an unknown port',
    buildFlow(
      [start, reply('a', 'x')],
      [
        ['start', 'out', 'a'],
        ['a', 'nope', 'start'],
      ],
    ),
    [{ code: 'unknown-port', nodeId: 'a', edgeId: 'a.nope->start' }],
  ],
  [
    'edge to a missing node',
    buildFlow([start], [['start', 'out', 'ghost']]),
    [
      { code: 'edge-target-missing', nodeId: 'start', edgeId: 'start.out->ghost' },
      { code: 'unconnected-output', nodeId: 'start' },
    ],
  ],
  [
    'two edges from one port',
    buildFlow(
      [start, reply('a', 'x'), reply('b', 'y')],
      [
        ['start', 'out', 'a'],
        ['start', 'out', 'b'],
      ],
    ),
    [
      { code: 'duplicate-edge', nodeId: 'start', edgeId: 'start.out->b' },
      { code: 'unreachable-node', nodeId: 'b' },
    ],
  ],
  [
    'go-to a missing node',
    buildFlow([start, { id: 'j', type: 'go-to', data: { nodeId: 'ghost' } }], [['start', 'out', 'j']]),
    [{ code: 'edge-target-missing', nodeId: 'j' }],
  ],
  [
    'required fields',
    buildFlow(
      [
        { id: 'k', type: 'keyword-trigger', data: { keywords: [' '] } },
        reply('a', ''),
        { id: 'h', type: 'http-request', data: { url: '' } },
        { id: 'q', type: 'event-trigger', data: { event: 'qr-scene' } },
      ],
      [
        ['k', 'out', 'a'],
        ['a', 'out', 'h'],
        ['q', 'out', 'a'],
      ],
    ),
    [
      { code: 'required-field-empty', nodeId: 'k' },
      { code: 'required-field-empty', nodeId: 'a' },
      { code: 'required-field-empty', nodeId: 'h' },
      { code: 'required-field-empty', nodeId: 'q' },
    ],
  ],
  [
    'invalid regex',
    buildFlow(
      [
        { id: 'k', type: 'keyword-trigger', data: { keywords: ['(unclosed'], match: 'regex' } },
        reply('a', 'x'),
      ],
      [['k', 'out', 'a']],
    ),
    [{ code: 'invalid-regex', nodeId: 'k' }],
  ],
  [
    'template syntax and unknown filter',
    buildFlow([start, reply('a', 'Hi {{ name | shout }} {{ oops')], [['start', 'out', 'a']], {
      variables: [{ name: 'name', defaultValue: '' }],
    }),
    [
      { code: 'template-syntax', nodeId: 'a' },
      { code: 'template-syntax', nodeId: 'a' },
    ],
  ],
  [
    'unknown variable',
    buildFlow([start, reply('a', 'Hi {{ nmae }}')], [['start', 'out', 'a']]),
    [{ code: 'unknown-variable', nodeId: 'a' }],
  ],
  [
    'variable read before set',
    buildFlow(
      [
        start,
        reply('a', 'Hi {{ name }}'),
        { id: 'late', type: 'keyword-trigger', data: { keywords: ['set'] } },
        { id: 's', type: 'set-variable', data: { assignments: [{ variable: 'name', value: 'x' }] } },
      ],
      [
        ['start', 'out', 'a'],
        ['late', 'out', 's'],
        ['s', 'out', 'a'],
      ],
    ),
    [{ code: 'variable-read-before-set', nodeId: 'a' }],
  ],
  [
    'variable set on every path is fine',
    buildFlow(
      [
        start,
        { id: 's', type: 'set-variable', data: { assignments: [{ variable: 'name', value: 'x' }] } },
        reply('a', 'Hi {{ name }}'),
      ],
      [
        ['start', 'out', 's'],
        ['s', 'out', 'a'],
      ],
    ),
    [],
  ],
  [
    'ask sets its variable only on answer',
    buildFlow(
      [
        start,
        { id: 'q', type: 'ask', data: { prompt: [text('?')], variable: 'v' } },
        reply('a', 'got {{ v }}'),
      ],
      [
        ['start', 'out', 'q'],
        ['q', 'answer', 'a'],
        ['q', 'invalid', 'a'],
      ],
    ),
    [{ code: 'variable-read-before-set', nodeId: 'a' }],
  ],
  [
    'loop that never waits',
    buildFlow(
      [start, reply('a', 'x'), reply('b', 'y')],
      [
        ['start', 'out', 'a'],
        ['a', 'out', 'b'],
        ['b', 'out', 'a'],
      ],
    ),
    [{ code: 'infinite-loop', nodeId: 'a' }],
  ],
  [
    'self loop',
    buildFlow([start, { id: 'j', type: 'go-to', data: { nodeId: 'j' } }], [['start', 'out', 'j']]),
    [{ code: 'infinite-loop', nodeId: 'j' }],
  ],
  [
    'loop through a condition may end',
    buildFlow(
      [
        start,
        reply('a', 'x'),
        {
          id: 'c',
          type: 'condition',
          data: { branches: [{ id: 'b', conditions: [{ kind: 'has-tag', tag: 't' }] }] },
        },
      ],
      [
        ['start', 'out', 'a'],
        ['a', 'out', 'c'],
        ['c', 'b', 'a'],
      ],
    ),
    [{ code: 'possible-loop', nodeId: 'a' }],
  ],
  [
    'loop through an ask waits for input',
    buildFlow(
      [start, { id: 'q', type: 'ask', data: { prompt: [text('?')], variable: 'v' } }, reply('a', 'x')],
      [
        ['start', 'out', 'q'],
        ['q', 'answer', 'a'],
        ['a', 'out', 'q'],
      ],
    ),
    [],
  ],
  [
    'same exact keyword twice',
    buildFlow(
      [
        start,
        reply('a', 'x'),
        { id: 'dup', type: 'keyword-trigger', data: { keywords: ['ＧＯ '] } },
        reply('b', 'y'),
      ],
      [
        ['start', 'out', 'a'],
        ['dup', 'out', 'b'],
      ],
    ),
    [{ code: 'keyword-shadowed', nodeId: 'dup' }],
  ],
  [
    'contains rule at higher priority shadows an exact rule',
    buildFlow(
      [
        { id: 'c', type: 'keyword-trigger', data: { keywords: ['价格'], match: 'contains', priority: 1 } },
        reply('a', 'x'),
        { id: 'e', type: 'keyword-trigger', data: { keywords: ['会员价格'] } },
        reply('b', 'y'),
      ],
      [
        ['c', 'out', 'a'],
        ['e', 'out', 'b'],
      ],
    ),
    [{ code: 'keyword-shadowed', nodeId: 'e' }],
  ],
  [
    'contains rule at equal priority does not shadow an exact rule',
    buildFlow(
      [
        { id: 'c', type: 'keyword-trigger', data: { keywords: ['价格'], match: 'contains' } },
        reply('a', 'x'),
        { id: 'e', type: 'keyword-trigger', data: { keywords: ['会员价格'] } },
        reply('b', 'y'),
      ],
      [
        ['c', 'out', 'a'],
        ['e', 'out', 'b'],
      ],
    ),
    [],
  ],
  [
    'earlier regex shadows an exact keyword',
    buildFlow(
      [
        { id: 'r', type: 'keyword-trigger', data: { keywords: ['^hel'], match: 'regex', priority: 2 } },
        reply('a', 'x'),
        { id: 'e', type: 'keyword-trigger', data: { keywords: ['hello'] } },
        reply('b', 'y'),
      ],
      [
        ['r', 'out', 'a'],
        ['e', 'out', 'b'],
      ],
    ),
    [{ code: 'keyword-shadowed', nodeId: 'e' }],
  ],
  [
    'unreachable condition branches',
    buildFlow(
      [
        start,
        {
          id: 'c',
          type: 'condition',
          data: {
            branches: [
              { id: 'always', conditions: [] },
              { id: 'later', conditions: [{ kind: 'has-tag', tag: 'x' }] },
            ],
          },
        },
        reply('a', 'x'),
      ],
      [
        ['start', 'out', 'c'],
        ['c', 'always', 'a'],
      ],
    ),
    [
      { code: 'unreachable-branch', nodeId: 'c' },
      { code: 'unreachable-branch', nodeId: 'c' },
    ],
  ],
  [
    'invalid time windows',
    buildFlow(
      [
        start,
        {
          id: 'c',
          type: 'condition',
          data: {
            branches: [
              {
                id: 'w',
                conditions: [
                  {
                    kind: 'time-window',
                    window: {
                      timezone: 'Mars/Base',
                      days: [],
                      hours: [
                        { start: '25:00', end: '10:00' },
                        { start: '10:00', end: '10:00' },
                      ],
                      dates: [{ from: '2026-05-01', to: '2026-04-01' }],
                      holidays: ['2026-02-30'],
                    },
                  },
                ],
              },
            ],
          },
        },
      ],
      [['start', 'out', 'c']],
    ),
    Array.from({ length: 6 }, () => ({ code: 'invalid-time-window' as const, nodeId: 'c' })),
  ],
  [
    'duplicate ports',
    buildFlow(
      [
        start,
        {
          id: 'c',
          type: 'condition',
          data: {
            branches: [
              { id: 'x', conditions: [{ kind: 'has-tag', tag: 'a' }] },
              { id: 'x', conditions: [{ kind: 'has-tag', tag: 'b' }] },
              { id: 'else', conditions: [{ kind: 'has-tag', tag: 'c' }] },
            ],
          },
        },
      ],
      [['start', 'out', 'c']],
    ),
    [
      { code: 'duplicate-port', nodeId: 'c' },
      { code: 'duplicate-port', nodeId: 'c' },
    ],
  ],
  [
    'bad variable names and zero weights',
    buildFlow(
      [
        start,
        {
          id: 's',
          type: 'set-variable',
          data: {
            assignments: [
              { variable: '1x', value: '' },
              { variable: 'input', value: '' },
            ],
          },
        },
        { id: 'r', type: 'random-split', data: { variants: [{ id: 'a', weight: 0 }] } },
      ],
      [
        ['start', 'out', 's'],
        ['s', 'out', 'r'],
      ],
      { variables: [{ name: 'ok' }, { name: 'ok' }] },
    ),
    [
      { code: 'duplicate-variable' },
      { code: 'invalid-variable-name', nodeId: 's' },
      { code: 'invalid-variable-name', nodeId: 's' },
      { code: 'invalid-value', nodeId: 'r' },
    ],
  ],
  [
    'several fallbacks',
    buildFlow(
      [{ id: 'f1', type: 'fallback', data: {} }, { id: 'f2', type: 'fallback', data: {} }, reply('a', 'x')],
      [
        ['f1', 'out', 'a'],
        ['f2', 'out', 'a'],
      ],
    ),
    [{ code: 'multiple-fallbacks', nodeId: 'f2' }],
  ],
];

describe('compiler diagnostics', () => {
  it.each(cases)('%s', (_name, document, expected) => {
    expect(codes(document)).toEqual(expected);
  });

  it('returns a compiled flow only when there is no error', () => {
    expect(compileFlow(createEmptyFlowDocument()).compiled).toBeNull();
    const warnings = compileFlow(buildFlow([start]));
    expect(warnings.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(warnings.compiled).not.toBeNull();
  });

  it('gives every diagnostic a message in English and Chinese', () => {
    for (const entry of Object.values(diagnosticCatalogue)) {
      expect(entry.en('x', 'y')).not.toBe('');
      expect(entry.zh('x', 'y')).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
