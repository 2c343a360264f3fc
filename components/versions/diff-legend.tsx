'use client';
import { useTranslations } from 'next-intl';
import { compareStatusStyle, compareStatuses } from './compare-status-style';

/** What the colours of the visual compare mean. */
export function DiffLegend() {
  const t = useTranslations('history.legend');
  return (
    <ul aria-label={t('label')} className="flex flex-wrap gap-3 text-xs text-slate-600">
      {compareStatuses.map((status) => (
        <li key={status} className="flex items-center gap-1.5">
          <span
            aria-hidden
            className={`inline-block h-3 w-5 rounded-sm ${compareStatusStyle[status].card}`}
          />
          {t(status)}
        </li>
      ))}
    </ul>
  );
}
