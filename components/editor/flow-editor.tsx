'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { useWorkspace } from '@/components/shell/workspace-context';
import { FlowCanvas } from './canvas/flow-canvas';
import { useCanvasCommands } from './canvas/use-canvas-commands';
import { useEditorShortcuts } from './canvas/use-editor-shortcuts';
import { useLiveDiagnostics } from './canvas/use-live-diagnostics';
import { FlowPanel } from './inspector/flow-panel';
import { downloadFile } from './io/download-file';
import { exportFlowFile } from './io/export-flow-file';
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
  const { workspaceId } = useWorkspace();
  const store = useEditorStoreApi();
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
                onExport={() =>
                  downloadFile(exportFlowFile({ name: flow.name, document: store.getState().doc }))
                }
              />
            </FlowCanvas>
          </div>
          <ProblemsPanel
            open={problemsOpen}
            onOpenChange={setProblemsOpen}
            onFocusNode={commands.focusNode}
            onFocusEdge={commands.focusEdge}
            className="max-h-[35%] shrink-0"
          />
        </div>
        <aside
          className="w-80 shrink-0 overflow-y-auto border-l border-slate-200 bg-white"
          aria-label={singleSelection ? t('inspector') : t('flowSettings')}
        >
          {singleSelection ? <NodeInspector /> : <FlowPanel />}
        </aside>
      </div>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
