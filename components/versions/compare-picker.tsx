'use client';
import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/select-field';
import { type CompareSelection, parseTarget } from './compare-selection';
import { type VersionRowData } from './version-row-data';

/** The "From" and "To" selects of the compare (To may be the current draft). */
export function ComparePicker({
  versions,
  value,
  onChange,
}: {
  versions: VersionRowData[];
  value: CompareSelection;
  onChange: (value: CompareSelection) => void;
}) {
  const t = useTranslations('history');
  const options = versions.map((v) => ({
    value: String(v.number),
    label: v.note
      ? t('compare.optionWithNote', { number: v.number, note: v.note.slice(0, 40) })
      : t('versionNumber', { number: v.number }),
  }));
  return (
    <div className="flex flex-wrap items-end gap-3">
      <SelectField
        label={t('compare.from')}
        options={options}
        value={String(value.from)}
        onChange={(event) => onChange({ ...value, from: Number(event.target.value) })}
        className="min-w-40"
      />
      <span aria-hidden className="pb-2 text-slate-400">
        →
      </span>
      <SelectField
        label={t('compare.to')}
        options={[{ value: 'draft', label: t('compare.draft') }, ...options]}
        value={String(value.to)}
        onChange={(event) => onChange({ ...value, to: parseTarget(event.target.value) })}
        className="min-w-40"
      />
    </div>
  );
}
