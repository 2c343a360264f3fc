import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { conditionSchema, messageSchema, nodeCatalogue, type FlowNode } from '@/core';
import { applyTemplateCompletion } from '@/components/editor/inspector/apply-template-completion';
import { collectVariableNames } from '@/components/editor/inspector/collect-variable-names';
import { defaultCondition } from '@/components/editor/inspector/default-condition';
import { defaultMessage } from '@/components/editor/inspector/default-message';
import { findTemplateCompletion } from '@/components/editor/inspector/find-template-completion';
import { insertAtCaret } from '@/components/editor/inspector/insert-at-caret';
import { isPreviewableUrl } from '@/components/editor/inspector/is-previewable-url';
import { issueMessage } from '@/components/editor/inspector/issue-message';
import { jsonBodyProblem } from '@/components/editor/inspector/json-body-problem';
import { moveItem } from '@/components/editor/inspector/move-item';
import { nextFreeNumber } from '@/components/editor/inspector/next-free-number';
import { nextUniqueId } from '@/components/editor/inspector/next-unique-id';
import { regexError } from '@/components/editor/inspector/regex-error';
import { splitChipText } from '@/components/editor/inspector/split-chip-text';
import { splitDuration } from '@/components/editor/inspector/split-duration';
import { utf8ByteLength } from '@/components/editor/inspector/utf8-byte-length';
import { variableNameError } from '@/components/editor/inspector/variable-name-error';

describe('utf8ByteLength', () => {
  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(utf8ByteLength('')).toBe(0);
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('你好')).toBe(6);
    expect(utf8ByteLength('👍')).toBe(4);
    expect(utf8ByteLength('你'.repeat(683))).toBe(2049);
  });
});

describe('splitDuration', () => {
  it.each([
    [0, 0, 's'],
    [45, 45, 's'],
    [120, 2, 'min'],
    [5400, 90, 'min'],
    [7200, 2, 'h'],
    [172_800, 2, 'd'],
    [90, 90, 's'],
  ])('%i s → %i %s', (seconds, amount, unit) => {
    expect(splitDuration(seconds)).toEqual({ amount, unit });
  });
});

describe('template caret helpers', () => {
  it('inserts at the caret, replacing the selection', () => {
    expect(insertAtCaret({ value: 'Hi !', start: 3, end: 3, text: '{{ name }}' })).toEqual({
      value: 'Hi {{ name }}!',
      caret: 13,
    });
    expect(insertAtCaret({ value: 'Hi XX!', start: 3, end: 5, text: 'Y' })).toEqual({
      value: 'Hi Y!',
      caret: 4,
    });
    expect(insertAtCaret({ value: 'ab', start: 99, end: 99, text: 'c' })).toEqual({ value: 'abc', caret: 3 });
  });

  it('finds an open {{ before the caret and its partial path', () => {
    expect(findTemplateCompletion('Hi {{', 5)).toEqual({ from: 3, query: '' });
    expect(findTemplateCompletion('Hi {{ con', 9)).toEqual({ from: 3, query: 'con' });
    expect(findTemplateCompletion('Hi {{ contact.na', 16)).toEqual({ from: 3, query: 'contact.na' });
    expect(findTemplateCompletion('{{ 城', 4)).toEqual({ from: 0, query: '城' });
    expect(findTemplateCompletion('Hi {{ name }} x', 15)).toBeNull();
    expect(findTemplateCompletion('Hi {{ name | up', 15)).toBeNull();
    expect(findTemplateCompletion('no braces', 9)).toBeNull();
  });

  it('completes to {{ name }} and swallows an existing closing', () => {
    expect(applyTemplateCompletion({ value: 'Hi {{ na', from: 3, caret: 8, name: 'name' })).toEqual({
      value: 'Hi {{ name }}',
      caret: 13,
    });
    expect(applyTemplateCompletion({ value: 'Hi {{ na}}!', from: 3, caret: 8, name: 'name' })).toEqual({
      value: 'Hi {{ name }}!',
      caret: 13,
    });
    expect(
      applyTemplateCompletion({ value: '{{ cont rest', from: 0, caret: 7, name: 'contact.name' }),
    ).toEqual({
      value: '{{ contact.name }} rest',
      caret: 18,
    });
  });
});

describe('list helpers', () => {
  it('moves items and ignores out-of-range moves', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('makes unique ids', () => {
    expect(nextUniqueId('branch', ['branch-1'])).toBe('branch-2');
    expect(nextUniqueId('branch', ['branch-1', 'branch-2'])).toBe('branch-3');
    expect(nextUniqueId('branch', ['branch-2', 'x'])).toBe('branch-3');
    expect(nextUniqueId('branch', [])).toBe('branch-1');
    expect(nextFreeNumber(['1', '3'])).toBe('2');
    expect(nextFreeNumber([])).toBe('1');
  });

  it('splits chip text on ASCII and full-width commas', () => {
    expect(splitChipText(' 价格, 多少钱，优惠 ,, ')).toEqual(['价格', '多少钱', '优惠']);
  });
});

describe('validity checks', () => {
  it('explains invalid regular expressions', () => {
    expect(regexError('^a+$')).toBeNull();
    expect(regexError('(')).toMatch(/./);
    expect(regexError('a', 'zz')).toMatch(/./);
  });

  it('judges JSON bodies with templates in them', () => {
    expect(jsonBodyProblem('{"id": "{{ orderId }}", "n": {{ count }}}')).toBeNull();
    expect(jsonBodyProblem('{"id": ')).not.toBeNull();
  });

  it('checks new variable names', () => {
    expect(variableNameError('city', ['name'])).toBeNull();
    expect(variableNameError('城市', [])).toBeNull();
    expect(variableNameError('', [])).toBe('empty');
    expect(variableNameError('1x', [])).toBe('invalid');
    expect(variableNameError('contact', [])).toBe('invalid');
    expect(variableNameError('name', ['name'])).toBe('duplicate');
  });

  it('previews only absolute http(s) URLs without templates', () => {
    expect(isPreviewableUrl('https://example.com/a.png')).toBe(true);
    expect(isPreviewableUrl('https://example.com/{{ x }}.png')).toBe(false);
    expect(isPreviewableUrl('javascript:alert(1)')).toBe(false);
    expect(isPreviewableUrl('/relative.png')).toBe(false);
  });
});

describe('issueMessage', () => {
  const first = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    if (result.success) throw new Error('expected an issue');
    return issueMessage(result.error.issues[0]!);
  };

  it('maps zod issues to inspector messages', () => {
    expect(first(z.int().min(0), -1)).toEqual({ key: 'min', values: { min: 0 } });
    expect(first(z.int(), 1.5)).toEqual({ key: 'wholeNumber', values: {} });
    expect(first(z.number().max(30_000), 40_000)).toEqual({ key: 'max', values: { max: 30_000 } });
    expect(first(z.string().min(2), 'a')).toEqual({ key: 'minLength', values: { min: 2 } });
    expect(first(z.enum(['a', 'b']), 'c')).toEqual({ key: 'invalidChoice', values: {} });
  });

  it('words the issues of real node data', () => {
    const result = nodeCatalogue.ask.dataSchema.safeParse({
      ...nodeCatalogue.ask.defaultData(),
      maxRetries: -1,
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['maxRetries']);
    expect(issueMessage(result.error!.issues[0]!)).toEqual({ key: 'min', values: { min: 0 } });
  });
});

describe('defaults added by the editors', () => {
  it('are valid messages and conditions of every kind', () => {
    for (const kind of [
      'text',
      'image',
      'voice',
      'video',
      'music',
      'news',
      'link',
      'mini-program',
      'menu',
    ] as const)
      expect(messageSchema.safeParse(defaultMessage(kind)).success, kind).toBe(true);
    for (const kind of conditionSchema.options.map((option) => option.shape.kind.value))
      expect(conditionSchema.safeParse(defaultCondition(kind, 'x')).success, kind).toBe(true);
  });
});

describe('collectVariableNames', () => {
  it('lists variables written by nodes and read by templates and conditions', () => {
    const nodes: FlowNode[] = [
      {
        id: 'a',
        type: 'ask',
        position: { x: 0, y: 0 },
        data: { ...nodeCatalogue.ask.defaultData(), variable: 'city' },
      },
      {
        id: 's',
        type: 'send-message',
        position: { x: 0, y: 0 },
        data: {
          mode: 'all',
          messages: [
            { kind: 'text', text: 'Hi {{ contact.name }} in {{ city }}, {{ vars.zip | default: "-" }}' },
          ],
        },
      },
      {
        id: 'h',
        type: 'http-request',
        position: { x: 0, y: 0 },
        data: {
          ...nodeCatalogue['http-request'].defaultData(),
          url: 'https://x/{{ orderId }}',
          responseMappings: [{ variable: 'status', path: 'a' }],
        },
      },
      {
        id: 'c',
        type: 'condition',
        position: { x: 0, y: 0 },
        data: {
          branches: [
            {
              id: 'branch-1',
              label: '',
              match: 'all',
              conditions: [
                {
                  kind: 'compare',
                  subject: 'vars.level',
                  operator: 'eq',
                  value: '{{ target }}',
                  negate: false,
                },
                { kind: 'is-set', subject: 'contact.phone', negate: false },
                { kind: 'contains', subject: 'input', value: 'x', negate: false },
              ],
            },
          ],
        },
      },
      {
        id: 'v',
        type: 'set-variable',
        position: { x: 0, y: 0 },
        data: { assignments: [{ variable: '', value: '', as: 'string' }] },
      },
    ];
    expect(collectVariableNames(nodes)).toEqual({
      written: ['city', 'status'],
      read: ['city', 'level', 'orderId', 'target', 'zip'],
    });
  });
});
