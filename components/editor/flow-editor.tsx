'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useWorkspace } from '@/components/shell/workspace-context';
import { SimulatorPanel } from '@/components/simulator/simulator-panel';
import { TestCasesPanel } from '@/components/simulator/test-cases-panel';
import { FlowCanvas } from './canvas/flow-canvas';
import { useCanvasCommands } from './canvas/use-canvas-commands';
import { useEditorShortcuts } from './canvas/use-editor-shortcuts';
import { useLiveDiagnostics } from './canvas/use-live-diagnostics';
import { FlowPanel } from './inspector/flow-panel';
import { useExportFlowFile } from './io/use-export-flow-file';
import { NodeInspector } from './inspector/node-inspector';
import { NodePalette } from './palette/node-palette';
import { CompileStatusBadge } from './panels/compile-status-badge';
import { EditorToolbar } from './panels/editor-toolbar';
import { ProblemsPanel } from './panels/problems-panel';
import { ShortcutsHelp } from './panels/shortcuts-help';
import { PublishControls } from './publish/publish-controls';
import { EditorSaving } from './saving/editor-saving';
import { useEditorStore, useEditorStoreApi } from './store/editor-store-context';
import { type XY } from './store/editor-state';

export interface EditorFlow {
  id: string;
  name: string;
  revision: number;
  updatedAt: Date;
}

/**
 * The editor: palette, canvas and inspector side by side, problems underneath, saving state in the
 * top bar. Everything reads and changes the flow through this editor's store.
 */
export function FlowEditor({ flow }: { flow: EditorFlow }) {
  const t = useTranslations('editor');
  const ts = useTranslations('simulator');
  const errorMessage = useErrorMessage();
  const { workspaceId } = useWorkspace();
  const store = useEditorStoreApi();
  const exporter = useExportFlowFile(flow.id);
  const [simulatorOpen, setSimulatorOpen] = useState(false);
  const readOnly = useEditorStore((s) => s.readOnly);
  const singleSelection = useEditorStore((s) => s.selectedNodeIds.length === 1);
  const commands = useCanvasCommands();
  const [helpOpen, setHelpOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const [problemsOpen, setProblemsOpen] = useState(true);
  const canvasRef = useRef<HTMLDivElement>(null);
  const pointer = useRef<XY | undefined>(undefined);

  useLiveDiagnostics();
  useEditorShortcuts(store, {
    autoLayout: () => void commands.runAutoLayout(),
    fitView: commands.fitView,
    zoomIn: () => void commands.zoomIn(),
    zoomOut: () => void commands.zoomOut(),
    showHelp: () => setHelpOpen(true),
    pastePosition: () => pointer.current,
  });

  return (
    <div className="flex h-full min-h-[480px] flex-col">
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
        <Link
          href={`/w/${workspaceId}/flows`}
          className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        >
          ← {t('backToFlows')}
        </Link>
        <h1 className="min-w-0 flex-1 truncate text-base font-semibold text-slate-900">{flow.name}</h1>
        {readOnly ? (
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">
            {t('readOnly')}
          </span>
        ) : null}
        <CompileStatusBadge onClick={() => setProblemsOpen(true)} />
        <button
          type="button"
          data-testid="simulator-toggle"
          aria-pressed={simulatorOpen}
          onClick={() => setSimulatorOpen((open) => !open)}
          className={`h-8 rounded-md px-3 text-sm font-medium ring-1 ${
            simulatorOpen
              ? 'bg-emerald-600 text-white ring-emerald-600 hover:bg-emerald-700'
              : 'bg-white text-slate-800 ring-slate-300 hover:bg-slate-50'
          }`}
        >
          ▶ {ts('toggle')}
        </button>
        <EditorSaving
          flowId={flow.id}
          flowName={flow.name}
          importOpen={importOpen}
          onImportClose={() => setImportOpen(false)}
        />
        <PublishControls flowId={flow.id} onFocusNode={commands.focusNode} onFocusEdge={commands.focusEdge} />
      </header>
      <div className="flex min-h-0 flex-1">
        {readOnly ? null : (
          <aside className="hidden w-64 shrink-0 overflow-y-auto border-r border-slate-200 bg-white md:block">
            <NodePalette
              readOnly={readOnly}
              onAdd={(type) => commands.addAtCenter(type, canvasRef.current)}
            />
          </aside>
        )}
        <div className="flex min-w-0 flex-1 flex-col">
          <div ref={canvasRef} className="relative min-h-0 flex-1">
            <FlowCanvas onPointerFlowPosition={(p) => (pointer.current = p)}>
              <EditorToolbar
                onAutoLayout={() => void commands.runAutoLayout()}
                onFitView={commands.fitView}
                onShowShortcuts={() => setHelpOpen(true)}
                onImport={() => setImportOpen(true)}
                onExport={() => void exporter.exportFlow(flow.name)}
              />
            </FlowCanvas>
            {exporter.error ? (
              <div
                role="alert"
                className="absolute top-14 left-3 z-10 flex max-w-md items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 shadow"
              >
                <span className="flex-1">{errorMessage(exporter.error)}</span>
                <button type="button" aria-label={ts('notice.dismiss')} onClick={exporter.clearError}>
                  ×
                </button>
              </div>
            ) : null}
          </div>
          <ProblemsPanel
            open={problemsOpen}
            onOpenChange={setProblemsOpen}
            onFocusNode={commands.focusNode}
            onFocusEdge={commands.focusEdge}
            className="max-h-[35%] shrink-0"
          />
        </div>
        {simulatorOpen && readOnly ? (
          <TestCasesPanel flowId={flow.id} onClose={() => setSimulatorOpen(false)} />
        ) : simulatorOpen ? (
          // Test mode takes the inspector's place while open.
          <SimulatorPanel
            flowId={flow.id}
            flowName={flow.name}
            onFocusNode={commands.focusNode}
            onShowProblems={() => setProblemsOpen(true)}
            onClose={() => setSimulatorOpen(false)}
          />
        ) : (
          <aside
            className="w-80 shrink-0 overflow-y-auto border-l border-slate-200 bg-white"
            aria-label={singleSelection ? t('inspector') : t('flowSettings')}
          >
            {singleSelection ? <NodeInspector /> : <FlowPanel />}
          </aside>
        )}
      </div>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
