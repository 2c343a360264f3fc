'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { type DraftProblem } from './draft-problem';

/**
 * Words a problem in the user's language: server problems use `messageZh` in zh-CN, client schema
 * issues (`zod:*`) are translated here, falling back to the schema's own message.
 */
export function useProblemText(): (problem: DraftProblem) => string {
  const t = useTranslations('autoReplies.issues');
  const locale = useLocale();
  return useCallback(
    (problem) => {
      if (problem.code === 'zod:too_small' && problem.path.at(-1) === 'keywords') return t('noKeywords');
      if (problem.code === 'zod:too_small' && problem.limit !== undefined)
        return problem.limit <= 1 ? t('required') : t('tooSmall', { limit: problem.limit });
      if (problem.code === 'zod:too_big' && problem.limit !== undefined)
        return t('tooBig', { limit: problem.limit });
      if (locale === 'zh-CN' && problem.messageZh) return problem.messageZh;
      return problem.message;
    },
    [t, locale],
  );
}
