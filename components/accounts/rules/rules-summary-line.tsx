'use client';
import { useTranslations } from 'next-intl';
import type { RulesSummary } from './rules-summary';

/** "2 conflicts, 1 rule never fires", or "No conflicts", announced when it changes. */
export function RulesSummaryLine({ summary }: { summary: RulesSummary }) {
  const t = useTranslations('replyRules.summary');
  const parts = [
    summary.conflicts > 0 ? t('conflicts', { count: summary.conflicts }) : null,
    summary.neverFires > 0 ? t('neverFires', { count: summary.neverFires }) : null,
    summary.partlyHidden > 0 ? t('partlyHidden', { count: summary.partlyHidden }) : null,
  ].filter((part): part is string => part !== null);
  const problems = parts.length > 0;
  return (
    <p
      role="status"
      className={`rounded-md border px-3 py-2 text-sm font-medium ${
        summary.neverFires > 0
          ? 'border-red-200 bg-red-50 text-red-800'
          : problems
            ? 'border-amber-200 bg-amber-50 text-amber-900'
            : 'border-emerald-200 bg-emerald-50 text-emerald-800'
      }`}
    >
      {problems ? parts.join(t('separator')) : t('none')}
    </p>
  );
}
