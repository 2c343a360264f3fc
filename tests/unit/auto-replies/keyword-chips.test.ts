import { describe, expect, it } from 'vitest';
import { type KeywordReplyRule } from '@/core';
import { splitChipText } from '@/components/editor/inspector/split-chip-text';
import { filterRules } from '@/components/auto-replies/filter-rules';
import { newKeywordRule } from '@/components/auto-replies/new-keyword-rule';

describe('keyword chip splitting (shared with the flow inspector)', () => {
  it('splits a pasted list on ASCII and Chinese commas and trims', () => {
    expect(splitChipText('a, b，c')).toEqual(['a', 'b', 'c']);
    expect(splitChipText(' 营业时间 ，地址,, ')).toEqual(['营业时间', '地址']);
    expect(splitChipText('one\ntwo')).toEqual(['one', 'two']);
    expect(splitChipText('')).toEqual([]);
  });
});

describe('filterRules', () => {
  const rule = (name: string, keywords: string[]): KeywordReplyRule => ({
    ...newKeywordRule([]),
    name,
    keywords,
  });
  const rules = [
    rule('Opening hours', ['hours', '营业时间']),
    rule('', ['Address']),
    rule('Price', ['cost']),
  ];

  it('returns every index for an empty query', () => {
    expect(filterRules(rules, '  ')).toEqual([0, 1, 2]);
  });

  it('matches names and keywords, case-insensitively', () => {
    expect(filterRules(rules, 'address')).toEqual([1]);
    expect(filterRules(rules, 'HOUR')).toEqual([0]);
    expect(filterRules(rules, '营业')).toEqual([0]);
    expect(filterRules(rules, 'pri')).toEqual([2]);
    expect(filterRules(rules, 'nothing')).toEqual([]);
  });
});
