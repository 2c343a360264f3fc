'use client';
import { useEffect } from 'react';
import { useEditorStore } from '../store/editor-store-context';

/**
 * Asks the browser to confirm leaving the page while the draft is not safely on the server: unsaved
 * edits, or a save that is running, failing or in conflict. (Browsers show their own wording.)
 */
export function useUnsavedWarning(): void {
  const atRisk = useEditorStore(
    (state) =>
      !state.readOnly &&
      (state.docVersion !== state.savedVersion ||
        state.saveStatus === 'saving' ||
        state.saveStatus === 'offline' ||
        state.saveStatus === 'error' ||
        state.saveStatus === 'conflict'),
  );

  useEffect(() => {
    if (!atRisk) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set to a non-empty value.
      event.returnValue = 'unsaved';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [atRisk]);
}
