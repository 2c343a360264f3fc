'use client';
import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';

/** The "Versions" table frame: header cells, then the rows given as children. */
export function VersionsTable({ canEdit, children }: { canEdit: boolean; children: ReactNode }) {
  const t = useTranslations('history.table');
  const columns = [t('version'), t('note'), t('author'), t('time'), t('liveOn')];
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table aria-label={t('label')} className="w-full min-w-[760px] text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-4 py-3">
                {c}
              </th>
            ))}
            {canEdit ? (
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">{t('actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
