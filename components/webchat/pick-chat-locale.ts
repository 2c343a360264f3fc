import { isLocale, type Locale } from '@/i18n/locales';

/**
 * The chat's language from what the request says: an explicit `?lang=` first, else the first
 * supported language of the browser (Accept-Language, by weight; any zh variant is zh-CN). Null when
 * neither decides: the page then uses the channel's default locale.
 */
export function pickChatLocale(options: {
  lang?: string | null;
  acceptLanguage?: string | null;
}): Locale | null {
  if (isLocale(options.lang)) return options.lang;
  const tags = (options.acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, q }) => tag && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of tags) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return null;
}
