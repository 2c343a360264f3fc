/**
 * The URL if it is an absolute http(s) address, else null: bot messages are authored by workspace
 * members and rendered on a public page, so `javascript:` and `data:` links are never followed.
 */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
