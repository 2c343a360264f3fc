import { type AutoReplyProblem } from '@/core';

/**
 * A reason the draft cannot be saved, located by its settings path. Server problems keep their
 * code; client schema issues use `zod:<issue code>` and carry the bound (`limit`) they broke, so
 * the UI can word them in the user's language.
 */
export interface DraftProblem extends AutoReplyProblem {
  limit?: number;
}
