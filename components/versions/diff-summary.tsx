'use client';
import { useTranslations } from 'next-intl';
import { type FlowDiff } from '@/core';
import { diffCounts } from './diff-counts';

/** The "Changes" region: counts per kind of change, or "No behavioural changes". */
export function DiffSummary({
  diff,
  fromLabel,
  toLabel,
}: {
  diff: FlowDiff;
  fromLabel: string;
  toLabel: string;
}) {
  const t = useTranslations('history.diff');
  const counts = diffCounts(diff);
  return (
    <section
      aria-label={t('changes')}
      className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-800"
    >
      <p className="text-xs text-slate-500">{t('between', { from: fromLabel, to: toLabel })}</p>
      <p className="mt-1 font-medium">
        {diff.identical
          ? t('identical')
          : counts.map((c) => t(`count.${c.key}`, { count: c.count })).join(', ')}
      </p>
      {diff.identical && diff.nodes.moved.length > 0 ? (
        <p className="mt-0.5 text-xs text-slate-500">
          {t('count.nodesMoved', { count: diff.nodes.moved.length })}
        </p>
      ) : null}
    </section>
  );
}
