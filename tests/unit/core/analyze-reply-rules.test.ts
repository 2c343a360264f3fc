import { describe, expect, it } from 'vitest';
import { analyzeReplyRules, type Matcher, type ReplyRuleFinding, type ReplyRuleInput } from '@/core';

const exact = (...values: string[]): Matcher => ({ kind: 'exact', values });
const contains = (...values: string[]): Matcher => ({ kind: 'contains', values });
const regex = (...sources: string[]): Matcher => ({
  kind: 'regex',
  patterns: sources.map((source) => ({ source, flags: 'i' })),
});
const event = (name: Extract<Matcher, { kind: 'event' }>['event'], value = ''): Matcher => ({
  kind: 'event',
  event: name,
  value,
});

/** Rules r0, r1, … in evaluation order; equal priority and unlimited unless overridden. */
function rules(...entries: (Matcher | [Matcher, Partial<ReplyRuleInput>])[]): ReplyRuleInput[] {
  return entries.map((entry, index) => {
    const [matcher, overrides] = Array.isArray(entry) ? entry : [entry, {}];
    return { id: `r${index}`, matcher, priority: 0, limited: false, ...overrides };
  });
}

const f = (kind: ReplyRuleFinding['kind'], ruleId: string, byRuleId: string, values: string[]) => ({
  kind,
  ruleId,
  byRuleId,
  values,
});

describe('analyzeReplyRules', () => {
  it.each<[string, ReplyRuleInput[], ReplyRuleFinding[]]>([
    [
      'exact duplicate → shadowed',
      rules(exact('price'), exact('price')),
      [f('shadowed', 'r1', 'r0', ['price'])],
    ],
    [
      'contains before an exact keyword containing it → shadowed',
      rules(contains('price'), exact('price list')),
      [f('shadowed', 'r1', 'r0', ['price list'])],
    ],
    [
      'contains before a contains superstring → shadowed',
      rules(contains('price'), contains('price list')),
      [f('shadowed', 'r1', 'r0', ['price list'])],
    ],
    [
      'contains duplicate → shadowed',
      rules(contains('help'), contains('help')),
      [f('shadowed', 'r1', 'r0', ['help'])],
    ],
    [
      'one of two keywords covered → partly shadowed',
      rules(exact('hi'), exact('hi', 'hello')),
      [f('partly-shadowed', 'r1', 'r0', ['hi'])],
    ],
    [
      'coverage combined from two earlier rules → shadowed by the first',
      rules(exact('x'), exact('hi'), contains('hell'), exact('hi', 'hello')),
      [f('shadowed', 'r3', 'r1', ['hi', 'hello'])],
    ],
    [
      'keywords covered by different rules, one left → partly shadowed per rule',
      rules(exact('a'), contains('b'), exact('a', 'bb', 'c')),
      [f('partly-shadowed', 'r2', 'r0', ['a']), f('partly-shadowed', 'r2', 'r1', ['bb'])],
    ],
    [
      'a key is attributed to the first covering rule only',
      rules(contains('a'), exact('a'), exact('a', 'c')),
      [f('shadowed', 'r1', 'r0', ['a']), f('partly-shadowed', 'r2', 'r0', ['a'])],
    ],
    [
      'exact never covers contains (same priority → conflict)',
      rules(exact('price'), contains('price')),
      [f('conflict', 'r1', 'r0', ['price'])],
    ],
    [
      'the more specific rule placed later is not hidden by order alone',
      rules(exact('price list'), contains('price')),
      [f('conflict', 'r1', 'r0', ['price'])],
    ],
    [
      'contains overlapping a shorter later contains, same priority → conflict',
      rules(contains('price list'), contains('price')),
      [f('conflict', 'r1', 'r0', ['price'])],
    ],
    [
      'overlap with a different priority → nothing',
      rules([exact('price list'), { priority: 2 }], [contains('price'), { priority: 1 }]),
      [],
    ],
    [
      'cover with a different priority still shadows',
      rules([exact('a'), { priority: 2 }], [exact('a'), { priority: 1 }]),
      [f('shadowed', 'r1', 'r0', ['a'])],
    ],
    ['unrelated contains keywords → nothing', rules(contains('price'), contains('help')), []],
    ['unrelated exact keywords → nothing', rules(exact('a'), exact('b')), []],
    [
      'limited earlier rule → conflict, not shadow, regardless of priority',
      rules([exact('a'), { limited: true, priority: 5 }], exact('a')),
      [f('conflict', 'r1', 'r0', ['a'])],
    ],
    [
      'limited rule does not count towards coverage',
      rules([contains('a'), { limited: true }], exact('b'), exact('a', 'b')),
      [f('conflict', 'r2', 'r0', ['a']), f('partly-shadowed', 'r2', 'r1', ['b'])],
    ],
    [
      'keys shadowed by an unlimited rule get no conflict with a limited one',
      rules([exact('a'), { limited: true }], exact('a'), exact('a')),
      [f('conflict', 'r1', 'r0', ['a']), f('shadowed', 'r2', 'r1', ['a'])],
    ],
    [
      'partial cover and overlap from the same rule',
      rules(exact('price', 'price list'), contains('price', 'list')),
      [f('conflict', 'r1', 'r0', ['price', 'list'])],
    ],
    [
      'partly shadowed plus a conflict from the same rule',
      rules(contains('ab', 'xyz'), contains('abc', 'y', 'q')),
      [f('partly-shadowed', 'r1', 'r0', ['abc']), f('conflict', 'r1', 'r0', ['y'])],
    ],
    [
      'regex covering an exact keyword → shadowed',
      rules(regex('^pri'), exact('price')),
      [f('shadowed', 'r1', 'r0', ['price'])],
    ],
    ['regex not matching the exact keyword → nothing', rules(regex('^\\d+$'), exact('price')), []],
    [
      'regex never covers contains (overlap → conflict)',
      rules(regex('price'), contains('price')),
      [f('conflict', 'r1', 'r0', ['price'])],
    ],
    [
      'nothing covers a regex (overlap → conflict)',
      rules(exact('price'), regex('pri')),
      [f('conflict', 'r1', 'r0', ['pri'])],
    ],
    ['two regexes are never compared', rules(regex('a'), regex('a')), []],
    ['invalid regex is ignored', rules(regex('(', 'x'), exact('('), regex('[')), []],
    [
      'identical events → shadowed',
      rules(event('menu-click', 'k1'), event('menu-click', 'k1')),
      [f('shadowed', 'r1', 'r0', ['k1'])],
    ],
    [
      'identical follow events → shadowed',
      rules(event('follow'), event('follow')),
      [f('shadowed', 'r1', 'r0', [''])],
    ],
    [
      'any media before media image → shadowed',
      rules(event('media', ''), event('media', 'image')),
      [f('shadowed', 'r1', 'r0', ['image'])],
    ],
    [
      'media image before any media, same priority → conflict',
      rules(event('media', 'image'), event('media')),
      [f('conflict', 'r1', 'r0', [''])],
    ],
    ['different menu keys → nothing', rules(event('menu-click', 'k1'), event('menu-click', 'k2')), []],
    ['follow before a qr-scene → nothing', rules(event('follow'), event('qr-scene', 's1')), []],
    ['qr-scene before follow → nothing', rules(event('qr-scene', 's1'), event('follow')), []],
    [
      'events and keywords never relate',
      rules(event('link'), exact('link'), event('media'), contains('media')),
      [],
    ],
    ['a rule without keywords gets no finding', rules(exact('a'), exact()), []],
  ])('%s', (_name, input, expected) => {
    expect(analyzeReplyRules(input)).toEqual(expected);
  });

  it('returns nothing for no rules', () => expect(analyzeReplyRules([])).toEqual([]));

  it('orders findings by later rule, then earlier rule', () => {
    const findings = analyzeReplyRules(rules(exact('a'), exact('b'), exact('b'), exact('a')));
    expect(findings.map((finding) => [finding.ruleId, finding.byRuleId])).toEqual([
      ['r2', 'r1'],
      ['r3', 'r0'],
    ]);
  });

  it('handles 500 rules with 5 keywords each', () => {
    const input = Array.from({ length: 500 }, (_, i): ReplyRuleInput => {
      const keys = Array.from({ length: 5 }, (_, k) => `kw${(i * 5 + k) % 1200}`);
      const matcher: Matcher =
        i % 4 === 0
          ? exact(...keys)
          : i % 4 === 1
            ? contains(...keys)
            : i % 4 === 2
              ? regex(...keys)
              : exact(...keys);
      return { id: `r${i}`, matcher, priority: i % 3, limited: i % 7 === 0 };
    });
    const findings = analyzeReplyRules(input);
    expect(Array.isArray(findings)).toBe(true);
    expect(findings.length).toBeGreaterThan(0);
  });
});
