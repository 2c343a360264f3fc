/** Replaces the selection `start..end` of `value` with `text`; returns the new value and caret. */
export function insertAtCaret(options: { value: string; start: number; end: number; text: string }): {
  value: string;
  caret: number;
} {
  const { value, text } = options;
  const start = Math.max(0, Math.min(options.start, value.length));
  const end = Math.max(start, Math.min(options.end, value.length));
  return { value: value.slice(0, start) + text + value.slice(end), caret: start + text.length };
}
