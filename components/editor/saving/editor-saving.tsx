'use client';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { ImportFlowDialog } from '../io/import-flow-dialog';
import { loadOnce } from '../load-once';
import { useEditorStoreApi } from '../store/editor-store-context';
import { ConflictDialog } from './conflict-dialog';
import { RestoreBackupDialog } from './restore-backup-dialog';
import { SaveStatusIndicator } from './save-status-indicator';
import { useAutosave } from './use-autosave';
import { useUnsavedWarning } from './use-unsaved-warning';

export interface EditorSavingProps {
  flowId: string;
  flowName: string;
  /** The "import into this flow" dialog (opened from the toolbar). */
  importOpen: boolean;
  onImportClose: () => void;
}

/**
 * Everything that keeps the draft safe, mounted once in the editor's top bar (inside the store
 * provider): autosave, the local backup and its restore prompt, the leave-page warning, the save
 * status, the conflict dialog, and importing a file into this flow (one undo step).
 */
export function EditorSaving({ flowId, flowName, importOpen, onImportClose }: EditorSavingProps) {
  const store = useEditorStoreApi();
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  const { saveNow } = useAutosave({ flowId });
  useUnsavedWarning();
  // The same cache entry the editor loaded from (autosave keeps its revision and time current).
  const savedAt = useQuery({
    ...trpc.flow.get.queryOptions({ workspaceId, flowId }),
    ...loadOnce,
    select: (flow) => flow.updatedAt,
  }).data;

  return (
    <>
      <SaveStatusIndicator savedAt={savedAt ?? null} />
      <ConflictDialog flowId={flowId} flowName={flowName} onSaveNow={saveNow} />
      <RestoreBackupDialog flowId={flowId} />
      <ImportFlowDialog
        open={importOpen}
        mode="replace"
        flowId={flowId}
        onImported={(doc) => {
          store.getState().replaceDocument(doc);
          onImportClose();
        }}
        onClose={onImportClose}
      />
    </>
  );
}
