import { describe, expect, it } from 'vitest';
import { splitUtf8Text } from '@/server/channels/wechat/split-utf8-text';
import { utf8ByteLength } from '@/server/channels/wechat/utf8-byte-length';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
/** True when no chunk starts or ends inside a surrogate pair (and UTF-8 encoding is lossless). */
const wellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text) &&
  Buffer.from(text, 'utf8').toString('utf8') === text;

function expectValidChunks(chunks: string[], maxBytes: number) {
  for (const chunk of chunks) {
    expect(bytes(chunk)).toBeLessThanOrEqual(maxBytes);
    expect(wellFormed(chunk)).toBe(true);
  }
}

describe('utf8ByteLength', () => {
  it('counts UTF-8 bytes like Buffer does', () => {
    for (const text of ['', 'abc', 'é', '你好', '😀', 'a你😀é\n', '👨‍👩‍👧']) {
      expect(utf8ByteLength(text)).toBe(bytes(text));
    }
  });
});

describe('splitUtf8Text', () => {
  it('returns text that fits as one unchanged chunk', () => {
    expect(splitUtf8Text('hello world', 2048)).toEqual(['hello world']);
    expect(splitUtf8Text('', 2048)).toEqual(['']);
    const exact = '你'.repeat(682) + 'ab';
    expect(splitUtf8Text(exact, 2048)).toEqual([exact]);
  });

  it('cuts CJK text (3 bytes per character) at a character boundary', () => {
    const text = '你好'.repeat(350); // 2100 bytes
    const chunks = splitUtf8Text(text, 2048);
    expect(chunks).toHaveLength(2);
    expect(bytes(chunks[0]!)).toBe(2046);
    expect(chunks.join('')).toBe(text);
    expectValidChunks(chunks, 2048);
  });

  it('never cuts an emoji (4 bytes, a surrogate pair) in half', () => {
    const text = `a${'😀'.repeat(600)}`;
    const chunks = splitUtf8Text(text, 2048);
    // 2401 bytes: 'a' + 511 emoji fit (2045); one more would straddle byte 2048.
    expect(chunks.map(bytes)).toEqual([2045, 356]);
    expect(splitUtf8Text('😀'.repeat(513), 2048).map(bytes)).toEqual([2048, 4]);
    expect(chunks.join('')).toBe(text);
    expectValidChunks(chunks, 2048);
  });

  it('prefers the last line break, then the last space, in the second half of the window', () => {
    const lines = `${'x'.repeat(1500)}\n${'y'.repeat(300)} ${'z'.repeat(700)}`;
    expect(splitUtf8Text(lines, 2048)).toEqual(['x'.repeat(1500), `${'y'.repeat(300)} ${'z'.repeat(700)}`]);
    const words = `${'w'.repeat(1200)} ${'v'.repeat(600)} ${'u'.repeat(600)}`;
    expect(splitUtf8Text(words, 2048)).toEqual([`${'w'.repeat(1200)} ${'v'.repeat(600)}`, 'u'.repeat(600)]);
  });

  it('drops the CR of a CRLF break', () => {
    expect(splitUtf8Text(`${'x'.repeat(1500)}\r\n${'y'.repeat(1000)}`, 2048)).toEqual([
      'x'.repeat(1500),
      'y'.repeat(1000),
    ]);
  });

  it('breaks at a separator that falls exactly on the limit', () => {
    expect(splitUtf8Text(`${'x'.repeat(2048)} ${'y'.repeat(10)}`, 2048)).toEqual([
      'x'.repeat(2048),
      'y'.repeat(10),
    ]);
  });

  it('ignores a break early in the window instead of sending a tiny message', () => {
    const text = `title\n${'z'.repeat(3000)}`;
    const chunks = splitUtf8Text(text, 2048);
    expect(chunks).toEqual([text.slice(0, 2048), text.slice(2048)]);
  });

  it('keeps every chunk within the limit and well-formed for mixed text of any length', () => {
    const alphabet = ['a', ' ', '\n', 'é', '你', '😀', '👍🏽', 'ß'];
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let round = 0; round < 200; round += 1) {
      const length = next() % 3000;
      let text = '';
      for (let i = 0; i < length; i += 1) text += alphabet[next() % alphabet.length];
      const maxBytes = [4, 16, 100, 2048][round % 4]!;
      const chunks = splitUtf8Text(text, maxBytes);
      expectValidChunks(chunks, maxBytes);
      // Only single separators may disappear at the cuts.
      const kept = chunks.join('').length;
      expect(text.length - kept).toBeLessThanOrEqual(2 * (chunks.length - 1));
      expect(chunks.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('refuses a limit below one code point', () => {
    expect(() => splitUtf8Text('abc', 3)).toThrow(RangeError);
  });
});
