'use client';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { RelativeTime } from '@/components/ui/relative-time';
import { DeliveryBadge } from './delivery-badge';
import { deliveryStatusInfo } from './delivery-status-info';
import type { LogItem } from './log-item';
import { LogPreview } from './log-preview';

export interface LogRowProps {
  item: LogItem;
  /** Editors send dead and blocked messages again (selected or one by one); null hides the controls. */
  selection: { selected: boolean; onToggle: () => void; onRetry: () => void; busy: boolean } | null;
}

/** One logged message: when, which way, who, what, and how its delivery went. */
export function LogRow({ item, selection }: LogRowProps) {
  const t = useTranslations('channelLog');
  const format = useFormatter();
  const info = deliveryStatusInfo(item);
  const contact = item.contact.displayName ?? item.contact.externalId;
  return (
    <tr data-testid="log-row" data-message-id={item.id} className="align-top">
      {selection !== null ? (
        <td className="px-3 py-2">
          {info.retryable ? (
            <input
              type="checkbox"
              checked={selection.selected}
              onChange={selection.onToggle}
              aria-label={t('selectRow', { id: item.id })}
              className="h-4 w-4 rounded border-slate-300 accent-brand-600"
            />
          ) : null}
        </td>
      ) : null}
      <td className="px-3 py-2 whitespace-nowrap text-slate-600">
        <RelativeTime date={item.createdAt} />
      </td>
      <td className="px-3 py-2">
        <span
          role="img"
          aria-label={item.direction === 'in' ? t('incoming') : t('outgoing')}
          title={item.direction === 'in' ? t('incoming') : t('outgoing')}
          className={item.direction === 'in' ? 'text-sky-700' : 'text-brand-700'}
        >
          {item.direction === 'in' ? '↓' : '↑'}
        </span>
      </td>
      <td className="max-w-40 px-3 py-2">
        <Link
          href={`?contact=${encodeURIComponent(item.contact.externalId)}`}
          title={t('onlyContact', { contact: item.contact.externalId })}
          className="block truncate text-slate-800 hover:text-brand-700 hover:underline"
        >
          {contact}
        </Link>
      </td>
      <td className="max-w-md px-3 py-2 break-words text-slate-800">
        <LogPreview direction={item.direction} payload={item.payload} />
      </td>
      <td className="px-3 py-2">
        <DeliveryBadge info={info} status={item.deliveryStatus} />
        {selection && info.retryable ? (
          <button
            type="button"
            onClick={selection.onRetry}
            disabled={selection.busy}
            aria-label={t('retryOne', { id: item.id })}
            className="mt-1 block text-xs font-medium text-brand-700 hover:underline disabled:opacity-50"
          >
            {t('retry')}
          </button>
        ) : null}
        {item.deliveredAt && item.deliveryStatus === 'sent' ? (
          <span className="mt-0.5 block text-xs text-slate-500">
            {format.dateTime(item.deliveredAt, { timeStyle: 'medium' })}
          </span>
        ) : null}
      </td>
      <td className="max-w-xs px-3 py-2 text-xs text-red-800">
        {info.errorCode ? <p>{t(`wechatErrors.${info.errorCode}`)}</p> : null}
        {item.deliveryError ? (
          <p className="font-mono break-all text-slate-600">{item.deliveryError}</p>
        ) : null}
      </td>
    </tr>
  );
}
