import { createTranslator, type Messages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { type Condition, type FlowNode, type NodeOfType, type NodeType, nodeCatalogue } from '@/core';
import { describeNode } from '@/components/editor/nodes/describe-node';
import { formatDuration } from '@/components/editor/nodes/describe/format-duration';
import { type Translate } from '@/components/editor/nodes/describe/translate';
import enMessages from '@/messages/en.json';
import zhMessages from '@/messages/zh-CN.json';

/**
 * Real translators over the message files, typed like `useTranslations()` (untyped keys); a missing
 * key or argument fails the test instead of printing its path.
 */
function translator(locale: 'en' | 'zh-CN', messages: Messages): Translate {
  return createTranslator<Messages>({
    locale,
    messages,
    onError: (error) => {
      throw error;
    },
  });
}

const en = translator('en', enMessages);
const zh = translator('zh-CN', zhMessages);

function node<T extends NodeType>(type: T, data: Partial<NodeOfType<T>['data']> = {}): FlowNode {
  const defaults = nodeCatalogue[type].defaultData() as NodeOfType<T>['data'];
  return { id: 'n1', type, position: { x: 0, y: 0 }, data: { ...defaults, ...data } } as FlowNode;
}

describe('describeNode', () => {
  it.each<[string, FlowNode, string]>([
    ['keyword placeholder', node('keyword-trigger'), 'No keywords yet'],
    ['keywords', node('keyword-trigger', { keywords: ['hi', ' hello ', ''] }), 'hi, hello'],
    [
      'many keywords',
      node('keyword-trigger', { keywords: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] }),
      'a, b, c, d, e, f +2',
    ],
    ['follow', node('event-trigger'), 'Follow'],
    [
      'qr scene',
      node('event-trigger', { event: 'qr-scene', scene: 'spring' }),
      'Parameter QR code scan: spring',
    ],
    ['menu click', node('event-trigger', { event: 'menu-click', menuKey: 'HOURS' }), 'Menu click: HOURS'],
    ['media', node('event-trigger', { event: 'media', mediaType: 'image' }), 'Media received: Image'],
    ['fallback', node('fallback'), 'When nothing else matches'],
    ['empty text', node('send-message'), '(empty text)'],
    [
      'text first line',
      node('send-message', { messages: [{ kind: 'text', text: '\n Hello!\nSecond line' }] }),
      'Hello!',
    ],
    ['no messages', node('send-message', { messages: [] }), 'No messages'],
    ['voice', node('send-message', { messages: [{ kind: 'voice', mediaId: 'm1' }] }), 'Voice'],
    [
      'link',
      node('send-message', {
        messages: [{ kind: 'link', title: 'Opening hours', description: '', url: '', thumbUrl: '' }],
      }),
      'Link card: Opening hours',
    ],
    [
      'news',
      node('send-message', {
        messages: [
          { kind: 'news', articles: [{ title: 'Spring sale', description: '', picUrl: '', url: '' }] },
        ],
      }),
      'News (articles): Spring sale',
    ],
    [
      'menu',
      node('send-message', {
        messages: [{ kind: 'menu', head: 'Pick one', options: [{ id: '1', label: 'A' }], tail: '' }],
      }),
      'Pick one',
    ],
    [
      'ask',
      node('ask', { prompt: [{ kind: 'text', text: 'Which city?' }], variable: 'city' }),
      'Which city? → {{city}}',
    ],
    [
      'condition',
      node('condition', {
        branches: [
          {
            id: 'b1',
            label: 'Shanghai',
            match: 'all',
            conditions: [
              { kind: 'compare', subject: 'city', operator: 'eq', value: 'Shanghai', negate: false },
            ],
          },
          { id: 'b2', label: '', match: 'all', conditions: [{ kind: 'has-tag', tag: 'vip', negate: false }] },
        ],
      }),
      'Shanghai: city = Shanghai +1',
    ],
    [
      'time window',
      node('condition', {
        branches: [
          {
            id: 'open',
            label: '',
            match: 'all',
            conditions: [
              {
                kind: 'time-window',
                window: { hours: [{ start: '09:00', end: '18:00' }], days: [1, 2, 3, 4, 5] },
                negate: false,
              },
            ],
          },
        ],
      }),
      'open: in hours 09:00–18:00, Mon–Fri',
    ],
    ['condition without tests', node('condition'), 'branch-1: No conditions'],
    ...(
      [
        [{ kind: 'compare', subject: 'n', operator: 'gte', value: '3', negate: true }, 'not (n ≥ 3)'],
        [
          { kind: 'contains', subject: 'input', value: 'refund', negate: true },
          'input does not contain refund',
        ],
        [
          { kind: 'regex', subject: 'input', pattern: '^\\d+$', flags: 'u', negate: false },
          'input matches /^\\d+$/u',
        ],
        [{ kind: 'is-set', subject: 'city', negate: true }, 'city is not set'],
        [{ kind: 'has-tag', tag: 'vip', negate: true }, 'lacks tag vip'],
        [{ kind: 'channel', channel: 'webchat', negate: false }, 'channel is webchat'],
        [{ kind: 'time-window', window: { days: [0, 6] }, negate: true }, 'outside hours Sun, Sat'],
      ] satisfies Array<[Condition, string]>
    ).map(([condition, text]): [string, FlowNode, string] => [
      `condition ${condition.kind}`,
      node('condition', { branches: [{ id: 'b', label: '', match: 'all', conditions: [condition] }] }),
      `b: ${text}`,
    ]),
    ['no branches', node('condition', { branches: [] }), 'No branches'],
    [
      'set variable',
      node('set-variable', { assignments: [{ variable: 'city', value: '{{input}}', as: 'string' }] }),
      'city = {{input}}',
    ],
    ['no assignment', node('set-variable'), 'No assignments'],
    ['tags', node('tag-contact', { add: ['vip'], remove: ['new'] }), '+vip −new'],
    [
      'http',
      node('http-request', { method: 'POST', url: 'https://api.example.com/x' }),
      'POST https://api.example.com/x',
    ],
    ['http no url', node('http-request'), 'GET no URL'],
    [
      'random split',
      node('random-split', {
        variants: [
          { id: 'a', label: 'A', weight: 1 },
          { id: 'b', label: '', weight: 3 },
        ],
      }),
      'A 25% / b 75%',
    ],
    ['delay', node('delay', { seconds: 5400 }), 'Wait 1 h 30 min'],
    ['handoff', node('handoff'), 'Hand off to a human'],
    ['handoff reason', node('handoff', { reason: 'Refund request' }), 'Refund request'],
    ['go to node', node('go-to', { nodeId: 'ask-city' }), 'Go to node ask-city'],
    ['go to flow', node('go-to', { target: 'flow', flowId: 'f9' }), 'Go to flow f9'],
    ['go to nothing', node('go-to'), 'No target yet'],
    ['end', node('end'), 'End of conversation'],
    ['end clearing', node('end', { clearVariables: true }), 'End of conversation, clears variables'],
  ])('%s', (_name, input, expected) => {
    expect(describeNode(input, en)).toBe(expected);
  });

  it('speaks Chinese with a Chinese translator', () => {
    expect(describeNode(node('delay', { seconds: 120 }), zh)).toBe('等待 2 分钟');
    expect(describeNode(node('fallback'), zh)).toBe('没有其他匹配时');
    expect(describeNode(node('event-trigger', { event: 'media', mediaType: 'voice' }), zh)).toBe(
      '收到媒体消息: 语音',
    );
  });

  it('describes every node type on one short non-empty line', () => {
    const long = 'x'.repeat(300);
    for (const type of Object.keys(nodeCatalogue) as NodeType[]) {
      const line = describeNode(node(type), en);
      expect(line.trim(), type).not.toBe('');
      expect(line, type).not.toContain('\n');
    }
    const text = describeNode(node('send-message', { messages: [{ kind: 'text', text: long }] }), en);
    expect([...text]).toHaveLength(80);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [120, '2 min'],
    [90, '1 min 30 s'],
    [5400, '1 h 30 min'],
    [90_000, '1 d 1 h'],
  ])('%i → %s', (seconds, expected) => {
    expect(formatDuration(seconds, en)).toBe(expected);
  });
});
