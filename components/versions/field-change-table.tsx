'use client';
import { useTranslations } from 'next-intl';
import { type FieldChange } from '@/core';
import { formatDiffValue } from './format-diff-value';

function Value({ value }: { value: unknown }) {
  const text = formatDiffValue(value);
  if (text === null) return <span className="text-slate-400">—</span>;
  return <code className="font-mono text-xs break-words whitespace-pre-wrap text-slate-800">{text}</code>;
}

/** Changed fields as rows of path | before | after. */
export function FieldChangeTable({ fields }: { fields: FieldChange[] }) {
  const t = useTranslations('history.diff.field');
  return (
    <table className="mt-2 w-full table-fixed border-collapse text-left text-xs">
      <thead className="text-slate-500">
        <tr>
          <th scope="col" className="w-1/4 border-b border-slate-200 py-1 pr-2 font-medium">
            {t('path')}
          </th>
          <th scope="col" className="border-b border-slate-200 py-1 pr-2 font-medium">
            {t('before')}
          </th>
          <th scope="col" className="border-b border-slate-200 py-1 font-medium">
            {t('after')}
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.path} className="align-top">
            <th
              scope="row"
              className="border-b border-slate-100 py-1 pr-2 font-mono font-normal break-all text-slate-600"
            >
              {field.path}
            </th>
            <td className="border-b border-slate-100 bg-red-50/60 py-1 pr-2">
              <Value value={field.before} />
            </td>
            <td className="border-b border-slate-100 bg-emerald-50/60 py-1 pl-1">
              <Value value={field.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
