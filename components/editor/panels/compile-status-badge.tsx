'use client';
import { useTranslations } from 'next-intl';
import { useEditorStore } from '../store/editor-store-context';
import { ToolbarIcon } from './toolbar-icon';

const tones = {
  ok: 'bg-emerald-50 text-emerald-800 ring-emerald-200 hover:bg-emerald-100',
  error: 'bg-red-50 text-red-800 ring-red-200 hover:bg-red-100',
  warning: 'bg-amber-50 text-amber-800 ring-amber-200 hover:bg-amber-100',
} as const;

/** A top-bar pill summarising the compiler's verdict: compiles, N errors, or compiles with N warnings. */
export function CompileStatusBadge({ onClick }: { onClick: () => void }) {
  const t = useTranslations('editorPanels');
  const errors = useEditorStore((state) => state.diagnostics.filter((d) => d.severity === 'error').length);
  const warnings = useEditorStore(
    (state) => state.diagnostics.filter((d) => d.severity === 'warning').length,
  );
  const tone = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
  const text =
    tone === 'error'
      ? t('errorCount', { count: errors })
      : tone === 'warning'
        ? t('warningCount', { count: warnings })
        : t('compiles');
  const icon = tone === 'error' ? 'error' : tone === 'warning' ? 'warning' : 'check';

  return (
    <button
      type="button"
      data-testid="compile-status"
      data-status={tone}
      title={t('openProblems')}
      aria-label={`${text} — ${t('openProblems')}`}
      onClick={onClick}
      className={`inline-flex h-7 items-center gap-1.5 rounded-full px-2.5 text-xs font-medium ring-1 transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-400 ${tones[tone]}`}
    >
      <ToolbarIcon name={icon} className="size-3.5" />
      {text}
    </button>
  );
}
