'use client';
import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';
import { useEditorStore, useEditorStoreApi } from '../store/editor-store-context';
import { AlignMenu } from './align-menu';
import { keyLabel } from './key-label';
import { shortcutList, type ShortcutId } from './shortcut-list';
import { ToolbarButton } from './toolbar-button';
import { useIsMac } from './use-is-mac';

export interface EditorToolbarProps {
  onAutoLayout: () => void;
  onFitView: () => void;
  onShowShortcuts: () => void;
  onImport: () => void;
  onExport: () => void;
  /** Extra controls, appended after a divider. */
  children?: ReactNode;
}

function Divider() {
  return <span aria-hidden="true" className="mx-0.5 h-5 w-px bg-slate-200" />;
}

/**
 * The canvas toolbar. History, align, duplicate and delete act on the store directly; the rest are
 * callbacks. Editing controls are hidden when the editor is read-only. Positioning is the caller's.
 */
export function EditorToolbar({
  onAutoLayout,
  onFitView,
  onShowShortcuts,
  onImport,
  onExport,
  children,
}: EditorToolbarProps) {
  const t = useTranslations('editorPanels.toolbar');
  const store = useEditorStoreApi();
  const readOnly = useEditorStore((state) => state.readOnly);
  const canUndo = useEditorStore((state) => state.past.length > 0);
  const canRedo = useEditorStore((state) => state.future.length > 0);
  const selectedNodes = useEditorStore((state) => state.selectedNodeIds.length);
  const hasSelection = useEditorStore(
    (state) => state.selectedNodeIds.length + state.selectedEdgeIds.length > 0,
  );
  const isMac = useIsMac();
  const hint = (id: ShortcutId) => {
    const chord = shortcutList.find((shortcut) => shortcut.id === id)?.keys[0] ?? [];
    return chord.map((token) => keyLabel(token, isMac)).join(isMac ? '' : '+');
  };

  return (
    <div
      role="toolbar"
      aria-label={t('label')}
      data-testid="editor-toolbar"
      className="flex items-center gap-0.5 rounded-lg border border-slate-200 bg-white/95 p-1 shadow-sm backdrop-blur"
    >
      {readOnly ? null : (
        <>
          <ToolbarButton
            icon="undo"
            label={t('undo')}
            hint={hint('undo')}
            disabled={!canUndo}
            onClick={() => store.getState().undo()}
          />
          <ToolbarButton
            icon="redo"
            label={t('redo')}
            hint={hint('redo')}
            disabled={!canRedo}
            onClick={() => store.getState().redo()}
          />
          <Divider />
          <AlignMenu disabled={selectedNodes < 2} onAlign={(mode) => store.getState().alignSelection(mode)} />
          <ToolbarButton
            icon="duplicate"
            label={t('duplicate')}
            hint={hint('duplicate')}
            disabled={selectedNodes === 0}
            onClick={() => store.getState().duplicateSelection()}
          />
          <ToolbarButton
            icon="delete"
            label={t('delete')}
            hint={hint('delete')}
            disabled={!hasSelection}
            onClick={() => store.getState().deleteSelection()}
          />
          <Divider />
          <ToolbarButton
            icon="layout"
            label={t('autoLayout')}
            hint={hint('autoLayout')}
            onClick={onAutoLayout}
          />
        </>
      )}
      <ToolbarButton icon="fit" label={t('fitView')} hint={hint('fitView')} onClick={onFitView} />
      <Divider />
      {readOnly ? null : <ToolbarButton icon="import" label={t('import')} onClick={onImport} />}
      <ToolbarButton icon="export" label={t('export')} onClick={onExport} />
      <ToolbarButton icon="help" label={t('shortcuts')} hint="?" onClick={onShowShortcuts} />
      {children ? (
        <>
          <Divider />
          {children}
        </>
      ) : null}
    </div>
  );
}
