/** Whether `url` can be shown as-is in a preview: absolute http(s), no `{{ }}` left to render. */
export function isPreviewableUrl(url: string): boolean {
  if (url.includes('{{')) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
