'use client';
import { useTranslations } from 'next-intl';
import { useId, type KeyboardEvent } from 'react';

export type DiffTab = 'list' | 'canvas';
const tabs: DiffTab[] = ['list', 'canvas'];

/** The "List | Canvas" switch; `panelId(tab)` names the panel each tab controls. */
export function DiffTabs({
  value,
  onChange,
  panelId,
}: {
  value: DiffTab;
  onChange: (tab: DiffTab) => void;
  panelId: (tab: DiffTab) => string;
}) {
  const t = useTranslations('history.diff.tabs');
  const base = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = value === 'list' ? 'canvas' : 'list';
    onChange(next);
    document.getElementById(`${base}-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t('label')} className="inline-flex rounded-md bg-slate-100 p-0.5">
      {tabs.map((tab) => (
        <button
          key={tab}
          id={`${base}-${tab}`}
          type="button"
          role="tab"
          aria-selected={value === tab}
          aria-controls={panelId(tab)}
          tabIndex={value === tab ? 0 : -1}
          onKeyDown={onKeyDown}
          onClick={() => onChange(tab)}
          className={`rounded px-3 py-1 text-sm font-medium ${
            value === tab ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'
          }`}
        >
          {t(tab)}
        </button>
      ))}
    </div>
  );
}
