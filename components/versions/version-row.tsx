'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { LiveOnBadges } from './live-on-badges';
import { RelativeTime } from '@/components/ui/relative-time';
import { type VersionRowData } from './version-row-data';

export interface VersionRowProps {
  version: VersionRowData;
  canEdit: boolean;
  /** Older than the newest version live anywhere: its deploy button says "Roll back…". */
  older: boolean;
  onDeploy: () => void;
  onRestore: () => void;
  onUnpublish: () => void;
}

export function VersionRow({ version, canEdit, older, onDeploy, onRestore, onUnpublish }: VersionRowProps) {
  const t = useTranslations('history');
  return (
    <tr className="align-top hover:bg-slate-50">
      <th scope="row" className="px-4 py-3 font-semibold whitespace-nowrap text-slate-900">
        {t('versionNumber', { number: version.number })}
      </th>
      <td className="max-w-xs px-4 py-3 break-words whitespace-pre-wrap text-slate-700">
        {version.note || <span className="text-slate-400">{t('table.noNote')}</span>}
      </td>
      <td className="px-4 py-3 text-slate-600">{version.createdByName ?? '—'}</td>
      <td className="px-4 py-3 whitespace-nowrap text-slate-600">
        <RelativeTime date={version.createdAt} />
      </td>
      <td className="px-4 py-3">
        <LiveOnBadges liveOn={version.liveOn} />
      </td>
      {canEdit ? (
        <td className="px-4 py-3">
          <div className="flex flex-wrap justify-end gap-1">
            <Button variant="ghost" size="sm" onClick={onDeploy}>
              {older ? t('actions.rollback') : t('actions.deploy')}
            </Button>
            <Button variant="ghost" size="sm" onClick={onRestore}>
              {t('actions.restore')}
            </Button>
            {version.liveOn.length > 0 ? (
              <Button variant="ghost" size="sm" onClick={onUnpublish} className="text-red-700">
                {t('actions.unpublish')}
              </Button>
            ) : null}
          </div>
        </td>
      ) : null}
    </tr>
  );
}
