import { safeUrl } from './safe-url';

export type TextSegment = { type: 'text'; text: string } | { type: 'link'; text: string; href: string };

/** Stops at whitespace, angle brackets, quotes and full-width punctuation (Chinese text has no spaces). */
const URL_PATTERN = /https?:\/\/[^\s<>"'`，。！？；：、（）【】《》「」“”‘’]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"\])}]+$/;

/**
 * Splits plain text into text and link segments for rendering as React children (never as HTML).
 * Punctuation that ends a sentence is left out of the link; a closing parenthesis stays when the
 * URL itself opened one (`https://en.wikipedia.org/wiki/Foo_(bar)`).
 */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const candidate = trimUrl(match[0]);
    const href = safeUrl(candidate);
    if (!href || candidate.length <= 'https://'.length) continue;
    if (start > cursor) segments.push({ type: 'text', text: text.slice(cursor, start) });
    segments.push({ type: 'link', text: candidate, href });
    cursor = start + candidate.length;
  }
  if (cursor < text.length) segments.push({ type: 'text', text: text.slice(cursor) });
  return segments;
}

function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const trailing = TRAILING_PUNCTUATION.exec(url);
    if (!trailing) return url;
    const last = url.at(-1)!;
    if (last === ')' && count(url, '(') >= count(url, ')')) return url;
    url = url.slice(0, -1);
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
