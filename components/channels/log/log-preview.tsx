'use client';
import { useTranslations } from 'next-intl';
import { describeInbound } from './describe-inbound';
import { outboundPreview } from './outbound-preview';

/** What a logged message said or did, in one line. */
export function LogPreview({ direction, payload }: { direction: 'in' | 'out'; payload: unknown }) {
  const t = useTranslations('channelLog.inbound');
  if (direction === 'out') {
    const text = outboundPreview(payload);
    return text === null ? (
      <span className="text-slate-400 italic">{t('unknown')}</span>
    ) : (
      <span>{text}</span>
    );
  }
  const { key, values } = describeInbound(payload);
  return <span>{t(key, values)}</span>;
}
