'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import { type CompareSelection } from './compare-selection';
import { DiffCanvas } from './diff-canvas';
import { DiffList } from './diff-list';
import { DiffSummary } from './diff-summary';
import { type DiffTab, DiffTabs } from './diff-tabs';

/** The diff between two versions (or a version and the draft): summary, then list or canvas. */
export function DiffPanel({ flowId, selection }: { flowId: string; selection: CompareSelection }) {
  const t = useTranslations('history');
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  const base = useId();
  const [tab, setTab] = useState<DiffTab>('list');
  const [focusId, setFocusId] = useState<string | null>(null);
  const result = useQuery(trpc.version.diff.queryOptions({ workspaceId, flowId, ...selection }));
  const label = (target: number | 'draft') =>
    target === 'draft' ? t('compare.draft') : t('versionNumber', { number: target });
  const panelId = (which: DiffTab) => `${base}-${which}-panel`;

  if (!hasData(result)) return <QueryStatus query={result} />;
  const { before, after, diff } = result.data;
  return (
    <div className="flex flex-col gap-4">
      <RefreshFailed query={result} />
      <DiffSummary diff={diff} fromLabel={label(selection.from)} toLabel={label(selection.to)} />
      <DiffTabs value={tab} onChange={setTab} panelId={panelId} />
      <div role="tabpanel" id={panelId(tab)} aria-label={t(`diff.tabs.${tab}`)}>
        {tab === 'list' ? (
          <DiffList before={before} after={after} diff={diff} focusId={focusId} />
        ) : (
          <DiffCanvas
            before={before}
            after={after}
            diff={diff}
            onPick={(id) => {
              setFocusId(id);
              setTab('list');
            }}
          />
        )}
      </div>
    </div>
  );
}
