'use client';
import { useContext } from 'react';
import { ProblemsContext } from './problems-context';
import { problemsAt } from './problems-at';
import { useProblemText } from './use-problem-text';

/** The worded problems at `path` (and below it unless `exact`), for showing next to a field. */
export function useProblemsAt(path: readonly (string | number)[], exact = false): string[] {
  const problems = useContext(ProblemsContext);
  const text = useProblemText();
  return problemsAt(problems, path, exact).map(text);
}
