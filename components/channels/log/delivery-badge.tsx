'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { DeliveryStatusInfo, StatusTone } from './delivery-status-info';

const tones: Record<StatusTone, string> = {
  neutral: 'bg-slate-100 text-slate-700',
  progress: 'bg-sky-50 text-sky-800',
  success: 'bg-emerald-50 text-emerald-800',
  warning: 'bg-amber-50 text-amber-900',
  danger: 'bg-red-50 text-red-800',
};

/** A message's delivery state: a coloured label, its explanation in the tooltip and for screen readers. */
export function DeliveryBadge({ info, status }: { info: DeliveryStatusInfo; status: string }) {
  const t = useTranslations('channelLog.status');
  const detailId = useId();
  return (
    <span
      data-testid="delivery-status"
      data-status={status}
      title={t(info.detail)}
      aria-describedby={detailId}
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${tones[info.tone]}`}
    >
      {t(info.label)}
      <span id={detailId} className="sr-only">
        {t(info.detail)}
      </span>
    </span>
  );
}
