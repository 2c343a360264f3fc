import { describe, expect, it } from 'vitest';
import { pickChatLocale } from '@/components/webchat/pick-chat-locale';

describe('pickChatLocale', () => {
  it.each([
    [{ lang: 'zh-CN', acceptLanguage: 'en-US' }, 'zh-CN'],
    [{ lang: 'en', acceptLanguage: 'zh-CN,zh;q=0.9' }, 'en'],
    [{ lang: 'fr', acceptLanguage: 'zh-TW,zh;q=0.9' }, 'zh-CN'],
    [{ acceptLanguage: 'en-GB,en;q=0.9' }, 'en'],
    [{ acceptLanguage: 'fr-FR,en;q=0.4,zh;q=0.8' }, 'zh-CN'],
    [{ acceptLanguage: 'de-DE, en-US;q=0.7' }, 'en'],
    [{ acceptLanguage: 'zh-Hant-HK' }, 'zh-CN'],
    [{ acceptLanguage: 'enx, zhuang' }, null],
    [{ acceptLanguage: 'en;q=0, fr' }, null],
    [{ acceptLanguage: 'fr-FR,de;q=0.8' }, null],
    [{ acceptLanguage: null }, null],
    [{}, null],
  ])('%j → %s', (input, expected) => {
    expect(pickChatLocale(input)).toBe(expected);
  });
});
