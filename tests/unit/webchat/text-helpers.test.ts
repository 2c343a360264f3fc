import { describe, expect, it } from 'vitest';
import { linkify } from '@/components/webchat/linkify';
import { safeUrl } from '@/components/webchat/safe-url';

describe('safeUrl', () => {
  it.each([
    ['https://shop.example.com/returns', 'https://shop.example.com/returns'],
    ['  http://example.com ', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//evil.example.com', null],
    ['/relative/path', null],
    ['', null],
    [null, null],
    ['https://', null],
  ])('%s → %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

describe('linkify', () => {
  it('keeps text without links as one segment (newlines included)', () => {
    expect(linkify('line one\nline two')).toEqual([{ type: 'text', text: 'line one\nline two' }]);
  });

  it('turns http(s) URLs into links and leaves sentence punctuation outside', () => {
    expect(linkify('See https://example.com/a?b=1. Or http://x.example.org!')).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'link', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { type: 'text', text: '. Or ' },
      { type: 'link', text: 'http://x.example.org', href: 'http://x.example.org/' },
      { type: 'text', text: '!' },
    ]);
  });

  it('ends a URL at full-width punctuation (Chinese text has no spaces)', () => {
    expect(linkify('详情见https://shop.example.com/returns。谢谢')).toEqual([
      { type: 'text', text: '详情见' },
      { type: 'link', text: 'https://shop.example.com/returns', href: 'https://shop.example.com/returns' },
      { type: 'text', text: '。谢谢' },
    ]);
  });

  it('keeps a closing parenthesis that belongs to the URL, drops one that closes the sentence', () => {
    expect(linkify('(https://en.wikipedia.org/wiki/Foo_(bar))').map((s) => s.text)).toEqual([
      '(',
      'https://en.wikipedia.org/wiki/Foo_(bar)',
      ')',
    ]);
    expect(linkify('(see https://example.com)').map((s) => s.text)).toEqual([
      '(see ',
      'https://example.com',
      ')',
    ]);
  });

  it('never links other schemes or markup', () => {
    expect(linkify('javascript:alert(1) <a href="x">y</a> ftp://example.com')).toEqual([
      { type: 'text', text: 'javascript:alert(1) <a href="x">y</a> ftp://example.com' },
    ]);
    expect(linkify('https://example.com/"><img src=x onerror=alert(1)>')[0]).toEqual({
      type: 'link',
      text: 'https://example.com/',
      href: 'https://example.com/',
    });
  });

  it('leaves a bare scheme as text', () => {
    expect(linkify('https:// is a prefix')).toEqual([{ type: 'text', text: 'https:// is a prefix' }]);
  });
});
