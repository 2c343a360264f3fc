'use client';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import Link from 'next/link';
import { Button } from '@/components/ui/button';

export interface FlowSummary {
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
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  return (
    <tr className="hover:bg-slate-50">
      <td className="px-4 py-3">
        <Link href={href} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
          {flow.name}
        </Link>
        {flow.description ? (
          <p className="mt-0.5 line-clamp-1 text-xs text-slate-500">{flow.description}</p>
        ) : null}
      </td>
      <td className="px-4 py-3 whitespace-nowrap text-slate-600">
        <time
          dateTime={flow.updatedAt.toISOString()}
          title={format.dateTime(flow.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}
        >
          {format.relativeTime(flow.updatedAt, now)}
        </time>
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
