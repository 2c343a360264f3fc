'use client';
import { useTranslations } from 'next-intl';
import type { LogFilter } from './use-delivery-log';

export interface LogFilterProps {
  value: LogFilter;
  onChange: (filter: LogFilter) => void;
  /** Messages that need attention (pending, failed, dead, blocked); null while unknown. */
  attentionCount: number | null;
}

/** All messages, or only those whose delivery is not done. */
export function LogFilterTabs({ value, onChange, attentionCount }: LogFilterProps) {
  const t = useTranslations('channelLog');
  const options: { filter: LogFilter; label: string }[] = [
    { filter: 'all', label: t('filterAll') },
    {
      filter: 'attention',
      label:
        attentionCount === null ? t('filterAttention') : t('filterAttentionCount', { count: attentionCount }),
    },
  ];
  return (
    <div role="group" aria-label={t('filterLabel')} className="inline-flex rounded-md ring-1 ring-slate-300">
      {options.map(({ filter, label }) => (
        <button
          key={filter}
          type="button"
          aria-pressed={value === filter}
          onClick={() => onChange(filter)}
          className={`px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
            value === filter ? 'bg-brand-600 text-white' : 'bg-white text-slate-700 hover:bg-slate-50'
          }`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
