/**
 * Pure: a value as readable JSON-ish text. Strings that hold JSON (HTTP bodies) are parsed and
 * pretty-printed; other strings are shown as JSON strings when `quoteStrings`, raw otherwise.
 * `undefined` and `null` bodies give "".
 */
export function prettyValue(value: unknown, options: { quoteStrings?: boolean } = {}): string {
  if (value === undefined) return options.quoteStrings ? 'undefined' : '';
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!options.quoteStrings && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
      try {
        return JSON.stringify(JSON.parse(trimmed), null, 2);
      } catch {
        return value;
      }
    }
    return options.quoteStrings ? JSON.stringify(value) : value;
  }
  if (value === null) return options.quoteStrings ? 'null' : '';
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
