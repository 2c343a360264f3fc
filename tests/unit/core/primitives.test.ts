import { describe, expect, it } from 'vitest';
import { fnv1a64, normalizeText, parseTemplate, renderTemplate } from '@/core';
import { stableUnitInterval } from '@/core/shared/stable-unit-interval';
import { type TemplateScope } from '@/core/template/template-scope';

describe('fnv1a64', () => {
  // Published FNV-1a 64 test vectors.
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('%j → %s', (input, expected) => expect(fnv1a64(input)).toBe(expected));
  it('hashes UTF-8 bytes', () => expect(fnv1a64('你好')).not.toBe(fnv1a64('好你')));
  it('maps keys into [0, 1) stably', () => {
    expect(stableUnitInterval('k')).toBe(stableUnitInterval('k'));
    expect(stableUnitInterval('k')).toBeGreaterThanOrEqual(0);
    expect(stableUnitInterval('k')).toBeLessThan(1);
  });
});

describe('normalizeText', () => {
  it.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['  Hello   World ', 'hello world'],
    ['你好？', '你好?'],
    ['　人工　', '人工'],
    ['ＭＥＮＵ！', 'menu!'],
  ])('%j → %j', (input, expected) => expect(normalizeText(input)).toBe(expected));
});

describe('templates', () => {
  const scope: TemplateScope = {
    variables: { name: 'li', n: 3, empty: '' },
    contact: { id: 'c1', channel: 'wechat', name: 'Li Lei', tags: ['a', 'b'], fields: { city: '上海' } },
    input: 'hi',
    now: new Date('2026-03-02T02:03:04Z'),
    timezone: 'Asia/Shanghai',
  };
  const render = (source: string) => {
    const parsed = parseTemplate(source);
    expect(parsed.errors).toEqual([]);
    return renderTemplate(parsed.template, scope);
  };
  it.each([
    ['plain', 'plain'],
    ['{{name}} / {{ vars.name | upper }}', 'li / LI'],
    [
      '{{ contact.name }} {{ contact.city }} {{ contact.tags }} {{ contact.channel }}',
      'Li Lei 上海 a,b wechat',
    ],
    ['{{ missing | default: "x" }}|{{ empty | default: \'y\' }}|{{ n | default: 0 }}', 'x|y|3'],
    ['{{ now }}', '2026-03-02 10:03'],
    ['{{ now | date: "YYYY/MM/DD HH:mm:ss" }}', '2026/03/02 10:03:04'],
    ['{{ now | date: "HH:mm", "America/New_York" }}', '21:03'],
    ['{{ input | upper | lower }}', 'hi'],
    ['q={{ contact.city | url }}', 'q=%E4%B8%8A%E6%B5%B7'],
  ])('%j → %j', (source, expected) => expect(render(source)).toBe(expected));
  it.each([
    ['{{ a', '"{{" is never closed by "}}"'],
    ['{{ a | nope }}', 'unknown filter "nope"'],
    ['{{ a b }}', '"{{ a b }}" is not a valid expression'],
    ['{{ now | date: "HH", "Nowhere/City" }}', 'unknown time zone "Nowhere/City" in filter "date"'],
  ])('reports %j', (source, error) => expect(parseTemplate(source).errors).toContain(error));
});
