'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { DefaultReply } from '../overview/deployment-rows';
import { RuleTargetCell } from './rule-target-cell';

/** The live flows' default replies: only the first answers unmatched messages; the rest never do. */
export function DefaultRepliesList({ defaults }: { defaults: DefaultReply[] }) {
  const t = useTranslations('replyRules.defaults');
  const tOverview = useTranslations('accountOverview');
  const headingId = useId();
  const nameOf = (row: DefaultReply) =>
    row.flowKind === 'auto-reply' ? tOverview('autoReplies') : row.flowName;
  const active = defaults.find((row) => row.active);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className="font-semibold text-slate-900">
        {t('title')}
      </h3>
      {defaults.length === 0 ? (
        <p className="text-sm text-slate-500">{t('none')}</p>
      ) : (
        <ul
          aria-labelledby={headingId}
          className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white"
        >
          {defaults.map((row) => (
            <li
              key={`${row.flowId}:${row.nodeId}`}
              className="flex flex-wrap items-start justify-between gap-3 px-4 py-3 text-sm"
            >
              <div className="flex flex-col gap-1">
                <span className="font-medium text-slate-900">{nameOf(row)}</span>
                <RuleTargetCell target={row.target} />
              </div>
              {row.active ? (
                <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800">
                  {t('active')}
                </span>
              ) : (
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">
                  {t('inactive', { flow: active ? nameOf(active) : '—' })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
