const OPEN_EXPRESSION = /\{\{\s*([\p{L}\p{N}_.]*)$/u;

/**
 * The expression being typed at `caret`: an unclosed `{{` followed only by spaces and a partial
 * path. `from` is the index of the `{{`, `query` the partial path. Null when not inside one.
 */
export function findTemplateCompletion(value: string, caret: number): { from: number; query: string } | null {
  const before = value.slice(0, caret);
  const match = OPEN_EXPRESSION.exec(before);
  if (!match) return null;
  return { from: match.index, query: match[1] ?? '' };
}
