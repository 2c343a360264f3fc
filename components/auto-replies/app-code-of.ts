/** The app error code of an API error (`data.appCode`), or null. */
export function appCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null || !('appCode' in data)) return null;
  return typeof data.appCode === 'string' ? data.appCode : null;
}
