import { z } from 'zod';
import { type DraftProblem } from './draft-problem';

const problemsSchema = z.array(
  z.object({
    path: z.array(z.union([z.string(), z.number()])),
    code: z.string(),
    message: z.string(),
    messageZh: z.string().optional(),
  }),
);

/** The problems an `AUTO_REPLY_INVALID` error carries (`data.appDetails.problems`); empty for any other error. */
export function appProblemsOf(error: unknown): DraftProblem[] {
  if (typeof error !== 'object' || error === null || !('data' in error)) return [];
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null) return [];
  if (!('appCode' in data) || data.appCode !== 'AUTO_REPLY_INVALID') return [];
  const details = 'appDetails' in data ? data.appDetails : null;
  const problems =
    typeof details === 'object' && details !== null && 'problems' in details ? details.problems : null;
  const parsed = problemsSchema.safeParse(problems);
  return parsed.success ? parsed.data : [];
}
