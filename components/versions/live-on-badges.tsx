'use client';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import { type VersionRowData } from './version-row-data';

/** The accounts a version is live on, each with since when and by whom. */
export function LiveOnBadges({ liveOn }: { liveOn: VersionRowData['liveOn'] }) {
  const t = useTranslations('history.table');
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  if (liveOn.length === 0) return <span className="text-slate-400">{t('notLive')}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {liveOn.map((live) => {
        const since = format.relativeTime(live.deployedAt, now);
        const detail = live.deployedByName
          ? t('liveSince', { date: since, name: live.deployedByName })
          : t('liveSinceUnknown', { date: since });
        return (
          <li
            key={live.accountId}
            className="inline-flex flex-col rounded-md bg-emerald-50 px-2 py-0.5 text-xs ring-1 ring-emerald-200"
            title={format.dateTime(live.deployedAt, { dateStyle: 'medium', timeStyle: 'short' })}
          >
            <span className="font-medium text-emerald-800">{live.accountName}</span>
            <span className="text-emerald-700">{detail}</span>
          </li>
        );
      })}
    </ul>
  );
}
