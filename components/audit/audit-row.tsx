'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';

/** One audit entry: when (relative, exact on hover), who, what, and the raw details on demand. */
export function AuditRow({
  createdAt,
  now,
  actorName,
  actorEmail,
  sentence,
  note,
  details,
}: {
  createdAt: Date;
  now: Date;
  actorName: string | null;
  actorEmail: string | null;
  sentence: string;
  note: string | null;
  details: unknown;
}) {
  const t = useTranslations('audit');
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const when = new Date(createdAt);
  return (
    <tr className="align-top hover:bg-slate-50">
      <td className="px-4 py-3 whitespace-nowrap text-slate-600">
        <time
          dateTime={when.toISOString()}
          title={format.dateTime(when, { dateStyle: 'medium', timeStyle: 'medium' })}
        >
          {format.relativeTime(when, when > now ? when : now)}
        </time>
      </td>
      <td className="px-4 py-3">
        {actorName || actorEmail ? (
          <>
            <div className="font-medium text-slate-900">{actorName ?? actorEmail}</div>
            {actorName && actorEmail ? <div className="text-xs text-slate-500">{actorEmail}</div> : null}
          </>
        ) : (
          <span className="text-slate-500 italic">{t('system')}</span>
        )}
      </td>
      <td className="px-4 py-3 text-slate-800">
        <div>{sentence}</div>
        {note ? <div className="mt-1 text-xs text-slate-500">{t('note', { note })}</div> : null}
        {open ? (
          <pre
            id={detailsId}
            className="mt-2 max-h-64 max-w-xl overflow-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100"
          >
            {JSON.stringify(details ?? {}, null, 2)}
          </pre>
        ) : null}
      </td>
      <td className="px-4 py-3 text-right">
        <Button
          variant="ghost"
          size="sm"
          aria-label={t('detailsFor', { what: sentence })}
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          onClick={() => setOpen((v) => !v)}
        >
          {t('details')}
        </Button>
      </td>
    </tr>
  );
}
