import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { appErrorCodes } from '@/server/api/app-error';
import { localeFromAcceptLanguage } from '@/i18n/locales';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** ICU argument names (`{name}`, `{count, plural, …}`), not the bodies of plural/select options. */
function placeholders(text: string): string[] {
  const names = [...text.matchAll(/(?<!(?:=\d+|zero|one|two|few|many|other)\s*)\{\s*(\w+)/g)].map(
    (m) => m[1]!,
  );
  return [...new Set(names)].sort();
}

describe('UI messages', () => {
  it('exist in English and Simplified Chinese with the same keys', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('have no empty strings and the same placeholders in both languages', () => {
    const flatZh = new Map(
      keys(zh).map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as never)[p], zh)]),
    );
    for (const key of keys(en)) {
      const enText = key.split('.').reduce<unknown>((o, p) => (o as never)[p], en) as string;
      const zhText = flatZh.get(key) as string;
      expect(enText.trim(), key).not.toBe('');
      expect(zhText.trim(), key).not.toBe('');
      expect(placeholders(zhText), key).toEqual(placeholders(enText));
    }
  });

  it('translate every error code the API can return', () => {
    for (const code of Object.keys(appErrorCodes)) {
      expect(Object.keys(en.errors)).toContain(code);
    }
  });
});

describe('placeholders', () => {
  it('reads arguments and skips plural option bodies', () => {
    expect(placeholders('{count, plural, =0 {None} one {# flow} other {# flows}} in {name}')).toEqual([
      'count',
      'name',
    ]);
  });
});

describe('localeFromAcceptLanguage', () => {
  it.each([
    [null, 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-US,zh;q=0.5', 'en'],
    ['fr-FR,zh;q=0.5', 'zh-CN'],
    ['de', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
