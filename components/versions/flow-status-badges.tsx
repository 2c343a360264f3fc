'use client';
import { useLocale, useTranslations } from 'next-intl';
import { type FlowPublishing, type FlowStatusBadge, flowStatusBadges } from './flow-status';

const tones: Record<FlowStatusBadge['kind'], string> = {
  live: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  notLive: 'bg-slate-100 text-slate-700 ring-slate-200',
  unpublished: 'bg-amber-50 text-amber-800 ring-amber-200',
  never: 'bg-slate-50 text-slate-500 ring-slate-200',
};

/** A flow's publishing state for the flows list ("Live on 2 accounts · v3", "Unpublished changes"). */
export function FlowStatusBadges({ flow }: { flow: FlowPublishing }) {
  const t = useTranslations('history.status');
  const locale = useLocale();
  const text = (badge: FlowStatusBadge) => {
    switch (badge.kind) {
      case 'live':
        return t('live', {
          accounts: badge.accounts,
          versions: badge.versions.map((n) => `v${n}`).join(locale === 'zh-CN' ? '、' : ', '),
        });
      case 'notLive':
        return t('notLive', { version: badge.version });
      case 'unpublished':
        return t('unpublished');
      case 'never':
        return t('never');
    }
  };
  return (
    <span className="inline-flex flex-wrap gap-1">
      {flowStatusBadges(flow).map((badge) => (
        <span
          key={badge.kind}
          className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${tones[badge.kind]}`}
        >
          {text(badge)}
        </span>
      ))}
    </span>
  );
}
