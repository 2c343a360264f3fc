import { describe, expect, it } from 'vitest';
import { type ReplyRuleFinding } from '@/core';
import { filterRules } from '@/components/accounts/rules/filter-rules';
import { findingView, rowSeverity } from '@/components/accounts/rules/finding-view';
import { matcherChips, triggerText } from '@/components/accounts/rules/matcher-chips';
import { rulesSummary } from '@/components/accounts/rules/rules-summary';

const finding = (kind: ReplyRuleFinding['kind'], byRuleId = 'a', values = ['hi']): ReplyRuleFinding => ({
  kind,
  ruleId: 'z',
  byRuleId,
  values,
});

describe('matcherChips', () => {
  it('lists keyword values with their match mode, dropping blanks', () => {
    expect(matcherChips({ kind: 'exact', values: ['hi', '', 'hello'] })).toEqual({
      mode: 'exact',
      chips: ['hi', 'hello'],
    });
    expect(matcherChips({ kind: 'contains', values: ['price'] })).toEqual({
      mode: 'contains',
      chips: ['price'],
    });
  });

  it('lists regex sources', () => {
    expect(matcherChips({ kind: 'regex', patterns: [{ source: '^order \\d+$', flags: 'iu' }] })).toEqual({
      mode: 'regex',
      chips: ['^order \\d+$'],
    });
  });

  it('shows an event with its value, or no chip when it has none', () => {
    expect(matcherChips({ kind: 'event', event: 'menu-click', value: 'HELP' })).toEqual({
      mode: 'event',
      event: 'menu-click',
      chips: ['HELP'],
    });
    expect(matcherChips({ kind: 'event', event: 'follow', value: '' })).toEqual({
      mode: 'event',
      event: 'follow',
      chips: [],
    });
  });
});

describe('triggerText', () => {
  const eventLabel = (event: string) => `<${event}>`;
  it('joins keywords', () => {
    expect(triggerText({ matcher: { kind: 'exact', values: ['hi', 'hello'] }, eventLabel })).toBe(
      'hi, hello',
    );
  });
  it('names the event, then its value', () => {
    expect(triggerText({ matcher: { kind: 'event', event: 'qr-scene', value: 'expo' }, eventLabel })).toBe(
      '<qr-scene>: expo',
    );
    expect(triggerText({ matcher: { kind: 'event', event: 'follow', value: '' }, eventLabel })).toBe(
      '<follow>',
    );
  });
});

describe('findingView and rowSeverity', () => {
  const order = new Map([
    ['a', 1],
    ['z', 2],
  ]);
  it('shadowed is red, the others amber, with the earlier rule position', () => {
    expect(findingView(finding('shadowed'), order)).toEqual({
      kind: 'shadowed',
      severity: 'danger',
      byOrder: 1,
      values: ['hi'],
    });
    expect(findingView(finding('conflict'), order).severity).toBe('warning');
    expect(findingView(finding('partly-shadowed'), order).severity).toBe('warning');
  });
  it('has no position for a rule that is not listed', () => {
    expect(findingView(finding('conflict', 'gone'), order).byOrder).toBeNull();
  });
  it('highlights a row by its worst finding', () => {
    expect(rowSeverity([])).toBeNull();
    expect(rowSeverity([finding('conflict')])).toBe('warning');
    expect(rowSeverity([finding('conflict'), finding('shadowed')])).toBe('danger');
  });
});

describe('rulesSummary', () => {
  it('counts conflict findings, never-firing rules and partly hidden rules', () => {
    expect(
      rulesSummary([
        { findings: [] },
        { findings: [finding('conflict'), finding('conflict', 'b')] },
        { findings: [finding('shadowed')] },
        { findings: [finding('partly-shadowed'), finding('conflict')] },
      ]),
    ).toEqual({ conflicts: 3, neverFires: 1, partlyHidden: 1 });
  });
  it('is all zero without findings', () => {
    expect(rulesSummary([{ findings: [] }])).toEqual({ conflicts: 0, neverFires: 0, partlyHidden: 0 });
  });
});

describe('filterRules', () => {
  const rules = [
    { id: 1, findings: [], searchText: ['Hello, hi', null, 'Welcome'] },
    { id: 2, findings: [finding('shadowed')], searchText: ['price', 'Pricing', 'FAQ'] },
  ];
  it('keeps everything without a query or toggle', () => {
    expect(filterRules(rules, { query: '  ', onlyProblems: false })).toHaveLength(2);
  });
  it('searches case-insensitively across the texts', () => {
    expect(filterRules(rules, { query: 'HELLO', onlyProblems: false }).map((r) => r.id)).toEqual([1]);
    expect(filterRules(rules, { query: 'faq', onlyProblems: false }).map((r) => r.id)).toEqual([2]);
  });
  it('keeps only rules with findings when asked', () => {
    expect(filterRules(rules, { query: '', onlyProblems: true }).map((r) => r.id)).toEqual([2]);
    expect(filterRules(rules, { query: 'hello', onlyProblems: true })).toEqual([]);
  });
});
