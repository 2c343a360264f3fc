const CLOSING = /^[\p{L}\p{N}_.]*\s*\}\}/u;

/**
 * Replaces the expression opened at `from` (up to `caret`, plus a rest of the name and an
 * existing `}}` right after it) with `{{ name }}`; the caret lands after the `}}`.
 */
export function applyTemplateCompletion(options: {
  value: string;
  from: number;
  caret: number;
  name: string;
}): {
  value: string;
  caret: number;
} {
  const { value, from, caret, name } = options;
  const after = value.slice(caret);
  const closing = CLOSING.exec(after);
  const rest = closing ? after.slice(closing[0].length) : after;
  const inserted = `{{ ${name} }}`;
  return { value: value.slice(0, from) + inserted + rest, caret: from + inserted.length };
}
