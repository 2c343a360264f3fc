/** An allowlist entry as typed, with the 1-based textarea line it came from. */
export interface AllowlistLine {
  entry: string;
  line: number;
}

/**
 * Splits the allowlist textarea into entries: one per line, trimmed, blank lines skipped. The entry's
 * index in the result is its index in the list sent to the server, so a server issue at
 * `['allowlist', i]` belongs to `lines[i].line`.
 */
export function allowlistLines(text: string): AllowlistLine[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ entry: raw.trim(), line: i + 1 }))
    .filter((l) => l.entry !== '');
}

/** Whether two allowlists hold the same entries in the same order. */
export function sameEntries(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}
