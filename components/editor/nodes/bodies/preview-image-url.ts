/**
 * The url when it can be shown as a thumbnail as typed: absolute http(s) and free of `{{ }}`
 * templates (which only resolve at run time); null otherwise.
 */
export function previewImageUrl(url: string): string | null {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed) || trimmed.includes('{{')) return null;
  return trimmed;
}
