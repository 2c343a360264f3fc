'use client';
import { useTranslations } from 'next-intl';
import { TestCasesTab } from './tests/test-cases-tab';

/**
 * Test mode for viewers: the flow's test cases, to read and run. Simulating needs the editor role
 * (it calls out over HTTP and keeps a simulation), so the chat is not offered.
 */
export function TestCasesPanel({ flowId, onClose }: { flowId: string; onClose: () => void }) {
  const t = useTranslations('simulator');
  return (
    <aside
      data-testid="test-cases-panel"
      aria-label={t('title')}
      className="flex h-full w-[400px] max-w-full shrink-0 flex-col border-l border-slate-200 bg-white"
    >
      <header className="flex items-center justify-between border-b border-slate-200 px-3 py-2">
        <h2 className="text-sm font-semibold text-slate-900">{t('title')}</h2>
        <button
          type="button"
          data-testid="sim-close"
          aria-label={t('close')}
          onClick={onClose}
          className="rounded px-2 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
        >
          ×
        </button>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto p-3">
        <p className="mb-3 text-xs text-slate-500">{t('viewerNote')}</p>
        <TestCasesTab flowId={flowId} simulation={null} onReplayed={() => undefined} />
      </div>
    </aside>
  );
}
