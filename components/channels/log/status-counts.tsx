'use client';
import { useTranslations } from 'next-intl';

export interface StatusCounts {
  pending: number;
  failed: number;
  dead: number;
  blocked: number;
}

/** The channel's messages whose delivery is not done, by state; nothing when all is well. */
export function StatusCountsLine({ counts }: { counts: StatusCounts }) {
  const t = useTranslations('channelLog');
  const parts = (['pending', 'failed', 'dead', 'blocked'] as const)
    .filter((status) => counts[status] > 0)
    .map((status) => t(`counts.${status}`, { count: counts[status] }));
  if (parts.length === 0) return <p className="text-sm text-emerald-700">{t('allDelivered')}</p>;
  return (
    <p data-testid="delivery-counts" className="text-sm text-slate-600">
      {parts.join(' · ')}
    </p>
  );
}
