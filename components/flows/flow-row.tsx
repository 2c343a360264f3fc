'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import { type FlowPublishing } from '@/components/versions/flow-status';
import { FlowStatusBadges } from '@/components/versions/flow-status-badges';

export interface FlowSummary extends FlowPublishing {
  id: string;
  name: string;
  description: string;
  updatedAt: Date;
  updatedByName: string | null;
}

export interface FlowRowProps {
  flow: FlowSummary;
  href: string;
  canEdit: boolean;
  busy: boolean;
  onRename: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function FlowRow({ flow, href, canEdit, busy, onRename, onDuplicate, onDelete }: FlowRowProps) {
  const t = useTranslations('flows');
  const th = useTranslations('history.status');
  return (
    <tr className="hover:bg-slate-50">
      <td className="px-4 py-3">
        <Link href={href} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
          {flow.name}
        </Link>
        {flow.description ? (
          <p className="mt-0.5 line-clamp-1 text-xs text-slate-500">{flow.description}</p>
        ) : null}
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <FlowStatusBadges flow={flow} />
          <Link href={`${href}/history`} className="text-xs font-medium text-brand-700 hover:underline">
            {th('history')}
          </Link>
        </div>
      </td>
      <td className="px-4 py-3 whitespace-nowrap text-slate-600">
        <RelativeTime date={flow.updatedAt} />
      </td>
      <td className="px-4 py-3 text-slate-600">{flow.updatedByName ?? '—'}</td>
      {canEdit ? (
        <td className="px-4 py-3">
          <div className="flex justify-end gap-1">
            <Button variant="ghost" size="sm" onClick={onRename} disabled={busy}>
              {t('rename')}
            </Button>
            <Button variant="ghost" size="sm" onClick={onDuplicate} disabled={busy}>
              {t('duplicate')}
            </Button>
            <Button variant="ghost" size="sm" onClick={onDelete} disabled={busy} className="text-red-700">
              {t('delete')}
            </Button>
          </div>
        </td>
      ) : null}
    </tr>
  );
}
