import { type DraftProblem } from './draft-problem';

/**
 * The problems located at `prefix` or anywhere below it (`['keywordRules', 2, 'reply']` also
 * takes `['keywordRules', 2, 'reply', 'messages', 0]`). `exact` keeps only the path itself.
 */
export function problemsAt(
  problems: readonly DraftProblem[],
  prefix: readonly (string | number)[],
  exact = false,
): DraftProblem[] {
  return problems.filter(
    (problem) =>
      (exact ? problem.path.length === prefix.length : problem.path.length >= prefix.length) &&
      prefix.every((part, index) => String(problem.path[index]) === String(part)),
  );
}
