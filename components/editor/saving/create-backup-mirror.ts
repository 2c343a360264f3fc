import { type StoreApi } from 'zustand';
import { type EditorState } from '../store/editor-state';
import { draftBackup } from './draft-backup';

const THROTTLE_MS = 300;

const hasUnsavedEdits = (state: EditorState) => state.docVersion !== state.savedVersion;

export interface BackupMirror {
  /** Writes the backup now if there are unsaved edits (page hidden or closing). */
  writeNow(): void;
  /** Stops following the store, after a last `writeNow()`. */
  dispose(): void;
}

/**
 * Mirrors unsaved edits into the local backup without React: at most every 300 ms while edits
 * arrive, removed as soon as everything is saved. Ignores a store that holds no server draft yet
 * (revision 0), so an existing backup is never overwritten by an empty editor.
 */
export function createBackupMirror({
  store,
  flowId,
}: {
  store: StoreApi<EditorState>;
  flowId: string;
}): BackupMirror {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWrite = Number.NEGATIVE_INFINITY;
  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const writeNow = () => {
    clearTimer();
    const state = store.getState();
    if (state.revision === 0 || !hasUnsavedEdits(state)) return;
    draftBackup.write({ flowId, baseRevision: state.revision, doc: state.doc });
    lastWrite = Date.now();
  };

  const sync = () => {
    const state = store.getState();
    if (state.revision === 0) return;
    if (!hasUnsavedEdits(state)) {
      clearTimer();
      draftBackup.remove(flowId);
      return;
    }
    if (timer === null) timer = setTimeout(writeNow, Math.max(0, lastWrite + THROTTLE_MS - Date.now()));
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (
      state.docVersion !== prev.docVersion ||
      state.savedVersion !== prev.savedVersion ||
      state.revision !== prev.revision
    )
      sync();
  });
  sync();

  return {
    writeNow,
    dispose: () => {
      unsubscribe();
      writeNow();
    },
  };
}
