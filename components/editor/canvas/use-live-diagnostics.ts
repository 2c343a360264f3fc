'use client';
import { useEffect } from 'react';
import { compileFlow } from '@/core';
import { useEditorStoreApi } from '../store/editor-store-context';

const DEBOUNCE_MS = 150;

/**
 * Compiles the draft as the operator edits (debounced, skipping pure moves) and feeds the findings
 * to the store, so badges and the problems panel follow every change.
 */
export function useLiveDiagnostics(): void {
  const store = useEditorStoreApi();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => store.getState().setDiagnostics(compileFlow(store.getState().doc).diagnostics);
    run();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.structureVersion === previous.structureVersion) return;
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
}
