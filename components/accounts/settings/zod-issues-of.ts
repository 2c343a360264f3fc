/** One input-validation issue as the API's error formatter sends it (server/api/trpc.ts `zodIssues`). */
export interface InputIssue {
  code: string;
  path: (string | number)[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/**
 * The input-validation issues carried by an API error; empty for any other error (an app code, a
 * network failure), which callers show through useErrorMessage instead.
 */
export function zodIssuesOf(error: unknown): InputIssue[] {
  if (typeof error !== 'object' || error === null || !('data' in error)) return [];
  const data = (error as { data?: { zodIssues?: InputIssue[] | null } | null }).data;
  return Array.isArray(data?.zodIssues) ? data.zodIssues : [];
}
