'use client';
import { useTranslations } from 'next-intl';
import { type Ref } from 'react';
import { type DraftProblem } from './draft-problem';
import { problemLocation } from './problem-location';
import { useProblemText } from './use-problem-text';

/** All problems above the form, each with where it is, so none is missed in a long page. */
export function ProblemSummary({
  problems,
  ref,
}: {
  problems: readonly DraftProblem[];
  ref?: Ref<HTMLDivElement>;
}) {
  const t = useTranslations('autoReplies.summary');
  const text = useProblemText();
  if (problems.length === 0) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 outline-none"
    >
      <p className="font-medium">{t('title', { count: problems.length })}</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem, index) => {
          const where = problemLocation(problem.path);
          const place =
            where.rule !== undefined ? t('rule', { number: where.rule }) : t(`section.${where.section}`);
          return (
            <li key={index}>
              <span className="font-medium">{place}:</span> {text(problem)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
