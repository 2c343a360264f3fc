'use client';
import { useCallback, useEffect, useState } from 'react';
import { compileFlow, type Diagnostic } from '@/core';
import { useEditorStoreApi } from '../store/editor-store-context';
import { waitForSavedDraft } from './wait-for-saved-draft';

/** Longest wait for autosave before the dialog gives up (a debounce is 0.8 s; a slow save a few s). */
const SAVE_TIMEOUT_MS = 20_000;

export type PublishPreparation =
  | { phase: 'saving' }
  | { phase: 'failed'; reason: 'conflict' | 'error' | 'offline' | 'read-only' | 'timeout' }
  | { phase: 'ready'; revision: number; errors: Diagnostic[]; warnings: Diagnostic[] };

/**
 * Gets the publish dialog ready: waits until the draft is saved, then compiles exactly that
 * document in the browser (the server compiles the same saved revision). `retry` starts over.
 */
export function usePublishPreparation(): { preparation: PublishPreparation; retry: () => void } {
  const store = useEditorStoreApi();
  const [attempt, setAttempt] = useState(0);
  const [preparation, setPreparation] = useState<PublishPreparation>({ phase: 'saving' });

  useEffect(() => {
    let live = true;
    void waitForSavedDraft(store, { timeoutMs: SAVE_TIMEOUT_MS }).then((saved) => {
      if (!live) return;
      if (!saved.ok) {
        setPreparation({ phase: 'failed', reason: saved.reason });
        return;
      }
      const { diagnostics } = compileFlow(store.getState().doc);
      setPreparation({
        phase: 'ready',
        revision: saved.revision,
        errors: diagnostics.filter((d) => d.severity === 'error'),
        warnings: diagnostics.filter((d) => d.severity === 'warning'),
      });
    });
    return () => {
      live = false;
    };
  }, [store, attempt]);

  const retry = useCallback(() => {
    setPreparation({ phase: 'saving' });
    setAttempt((n) => n + 1);
  }, []);
  return { preparation, retry };
}
