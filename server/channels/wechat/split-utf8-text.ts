import { utf8CharBytes } from './utf8-byte-length';

/**
 * Splits `text` into chunks of at most `maxBytes` UTF-8 bytes each, never inside a code point
 * (so never inside a multi-byte UTF-8 sequence or a surrogate pair). A chunk preferably ends at
 * the last line break of its window, else at the last space, provided that break lies in the
 * second half of the window (an early break would only produce an extra tiny message); the one
 * separator character at a soft break (and a `\r` before a `\n`) is dropped. Otherwise the chunk
 * is cut at the last whole code point. Text that fits is returned as one chunk, unchanged; the
 * empty string yields `['']`. `maxBytes` must be at least 4 (one code point always fits).
 */
export function splitUtf8Text(text: string, maxBytes: number): string[] {
  if (!Number.isInteger(maxBytes) || maxBytes < 4) throw new RangeError('maxBytes must be an integer ≥ 4');
  const chunks: string[] = [];
  let start = 0;
  while (true) {
    const cut = findCut({ text, start, maxBytes });
    if (cut === null) {
      chunks.push(text.slice(start));
      return chunks;
    }
    chunks.push(text.slice(start, cut.end));
    start = cut.next;
  }
}

type Cut = { end: number; next: number };

/** Where the chunk starting at `start` ends, or null when the rest of the text fits. */
function findCut(options: { text: string; start: number; maxBytes: number }): Cut | null {
  const { text, start, maxBytes } = options;
  let bytes = 0;
  let index = start;
  let lastNewline: Cut | null = null;
  let lastSpace: Cut | null = null;
  const half = maxBytes / 2;
  for (const char of text.slice(start)) {
    const size = utf8CharBytes(char);
    const full = bytes + size > maxBytes;
    if (index > start && (bytes >= half || full)) {
      if (char === '\n') {
        const end = text[index - 1] === '\r' ? index - 1 : index;
        if (end > start) lastNewline = { end, next: index + 1 };
      } else if (char === ' ') {
        lastSpace = { end: index, next: index + 1 };
      }
    }
    if (full) return lastNewline ?? lastSpace ?? { end: index, next: index };
    bytes += size;
    index += char.length;
  }
  return null;
}
