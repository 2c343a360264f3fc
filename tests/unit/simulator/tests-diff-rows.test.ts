import { describe, expect, it } from 'vitest';
import { compareReplies } from '@/core';
import { diffRows } from '@/components/simulator/tests/diff-rows';

const text = (t: string) => ({ kind: 'text' as const, text: t });

describe('diffRows', () => {
  it('prints agreeing replies as plain rows', () => {
    const { lines } = compareReplies([text('Hello')], [text('Hello')]);
    expect(diffRows(lines)).toEqual([{ kind: 'same', sign: ' ', label: null, reply: 0, text: 'Hello' }]);
  });

  it('prints a changed reply as expected (−) then actual (+)', () => {
    const { lines } = compareReplies([text('Hi'), text('Price: 10')], [text('Hi'), text('Price: 12')]);
    expect(diffRows(lines).map((r) => `${r.sign}${r.text}`)).toEqual([' Hi', '−Price: 10', '+Price: 12']);
    expect(diffRows(lines).map((r) => r.reply)).toEqual([0, 1, 1]);
  });

  it('labels wholly missing and unexpected replies on their first line only', () => {
    const menu = { kind: 'menu' as const, head: 'Pick', options: [{ id: '1', label: 'Yes' }], tail: '' };
    const missing = diffRows(compareReplies([text('a'), menu], [text('a')]).lines);
    expect(missing.slice(1)).toEqual([
      { kind: 'expected', sign: '−', label: 'missing', reply: 1, text: 'Pick' },
      { kind: 'expected', sign: '−', label: null, reply: 1, text: '  [1] Yes' },
    ]);
    const extra = diffRows(compareReplies([], [text('Bye')]).lines);
    expect(extra).toEqual([{ kind: 'actual', sign: '+', label: 'unexpected', reply: 0, text: 'Bye' }]);
  });

  it('gives a reply without text lines one empty row, so it is still shown', () => {
    const empty = { kind: 'menu' as const, head: '', options: [], tail: '' };
    expect(diffRows(compareReplies([], [empty]).lines)).toEqual([
      { kind: 'actual', sign: '+', label: 'unexpected', reply: 0, text: '' },
    ]);
  });
});
