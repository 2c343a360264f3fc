export const DIFF_VALUE_MAX = 240;

/**
 * A changed field's value as compact JSON, cut to `max` characters (code points) with "…"; `null`
 * when the side does not exist (`undefined`), so the caller can show a dash.
 */
export function formatDiffValue(value: unknown, max = DIFF_VALUE_MAX): string | null {
  if (value === undefined) return null;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
