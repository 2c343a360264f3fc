/** Why `pattern` with `flags` is not a valid JavaScript regular expression, or null when it is. */
export function regexError(pattern: string, flags = ''): string | null {
  try {
    new RegExp(pattern, flags);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
