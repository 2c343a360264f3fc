import { type StoreApi } from 'zustand';
import { type EditorState } from '../store/editor-state';

/** The draft is on the server as `revision`, or why it is not. */
export type SavedDraft =
  | { ok: true; revision: number }
  | { ok: false; reason: 'conflict' | 'error' | 'offline' | 'read-only' | 'timeout' };

/** Settled now, or null while autosave still has work to do. */
function settled(state: EditorState): SavedDraft | null {
  if (state.readOnly) return { ok: false, reason: 'read-only' };
  if (state.saveStatus === 'conflict') return { ok: false, reason: 'conflict' };
  if (state.saveStatus === 'error' || state.saveStatus === 'offline')
    return { ok: false, reason: state.saveStatus };
  if (state.saveStatus === 'saved' && state.docVersion === state.savedVersion)
    return { ok: true, revision: state.revision };
  return null;
}

/**
 * Resolves once autosave has the editor's draft on the server (within one debounce when all is
 * well) with the saved revision, or as soon as saving fails, conflicts or `timeoutMs` passes. It
 * never saves by itself: the editor's single autosaver does (never two saves at a time). A save
 * that is already failing answers at once instead of waiting for the next retry.
 */
export function waitForSavedDraft(
  store: StoreApi<EditorState>,
  options: { timeoutMs: number },
): Promise<SavedDraft> {
  const now = settled(store.getState());
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const finish = (result: SavedDraft) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), options.timeoutMs);
    const unsubscribe = store.subscribe((state) => {
      const result = settled(state);
      if (result) finish(result);
    });
  });
}
