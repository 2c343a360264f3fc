'use client';
import { useEffect, useState } from 'react';
import { type AutoReplySettings } from '@/core';
import { type Baseline, draftCache } from './draft-cache';
import { sameSettings } from './same-settings';

interface DraftState {
  /** The server data last looked at (adopted or deliberately not). */
  source: Baseline;
  /** What the draft was loaded from: dirty = the draft differs from it. */
  baseline: Baseline;
  draft: AutoReplySettings;
  /** The draft came back from the cache (unsaved changes from an earlier visit). */
  restored: boolean;
}

const fresh = (data: Baseline): DraftState => ({
  source: data,
  baseline: data,
  draft: data.settings,
  restored: false,
});

/**
 * One local draft of an account's auto replies. Newer server data replaces it only while it is
 * clean; a dirty draft survives unmounting (draftCache) and warns before the page unloads.
 */
export function useAutoReplyDraft({ cacheKey, loaded }: { cacheKey: string; loaded: Baseline }) {
  const [state, setState] = useState<DraftState>(() => {
    const cached = draftCache.get(cacheKey);
    return cached ? { source: loaded, ...cached, restored: true } : fresh(loaded);
  });
  const dirty = !sameSettings(state.draft, state.baseline.settings);

  if (loaded !== state.source) {
    setState(
      !dirty && loaded.revision !== state.baseline.revision
        ? fresh(loaded)
        : (current) => ({ ...current, source: loaded }),
    );
  }

  useEffect(() => {
    if (dirty) draftCache.set(cacheKey, { baseline: state.baseline, draft: state.draft });
    else draftCache.delete(cacheKey);
  }, [cacheKey, dirty, state.baseline, state.draft]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    draft: state.draft,
    baseline: state.baseline,
    dirty,
    restored: state.restored && dirty,
    update: (change: (draft: AutoReplySettings) => AutoReplySettings) =>
      setState((current) => ({ ...current, draft: change(current.draft) })),
    discard: () => setState((current) => ({ ...current, draft: current.baseline.settings, restored: false })),
    /** After a save: what was sent is now the baseline. */
    saved: (settings: AutoReplySettings, revision: number) =>
      setState((current) => ({
        ...current,
        baseline: { settings, revision },
        draft: settings,
        restored: false,
      })),
    /** After a conflict: take the server's latest version, dropping this draft. */
    loadTheirs: () => setState(fresh(loaded)),
    /** After a conflict: keep this draft on top of the server's latest version (the next save overwrites it). */
    keepMine: () => setState((current) => ({ ...current, source: loaded, baseline: loaded })),
  };
}
