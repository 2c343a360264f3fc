/**
 * Normal form used for keyword matching: NFKC folds full-width Latin letters, digits and
 * punctuation to their half-width forms (ＡＢＣ１２３ → ABC123, ？→ ?), then case is folded,
 * surrounding whitespace trimmed and inner runs of whitespace collapsed to one space.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/gu, ' ');
}
