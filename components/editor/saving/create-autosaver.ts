import { type StoreApi } from 'zustand';
import { type FlowDocument } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { type EditorState } from '../store/editor-state';
import { classifySaveError } from './classify-save-error';
import { type AutosaveTrigger, planAutosave } from './plan-autosave';

export interface AutosaverOptions {
  store: StoreApi<EditorState>;
  /** Sends the draft (`flow.saveDraft`); rejects like a tRPC client call. */
  saveDraft: (input: {
    revision: number;
    draft: FlowDocument;
  }) => Promise<{ revision: number; updatedAt: Date }>;
  /** After each successful save (e.g. to update a query cache). */
  onSaved?: (saved: { revision: number; updatedAt: Date; doc: FlowDocument }) => void;
  /** `navigator.onLine` unless given. */
  isOnline?: () => boolean;
}

export interface Autosaver {
  /** Reports an outside event (`flush`: page hidden or closing, or "save now"; `online`: reconnected). */
  trigger(trigger: 'flush' | 'online'): void;
  /** Stops listening and scheduling; pending edits are sent once, a save in flight completes. */
  dispose(): void;
}

/**
 * The autosave loop without React: follows the store, asks `planAutosave` what to do, runs timers and
 * saves, and reports the outcome to the store (`markSaving` / `markSaved` with the docVersion that
 * was sent / `markConflict` / `markSaveFailed`).
 */
export function createAutosaver(options: AutosaverOptions): Autosaver {
  const { store } = options;
  const isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = false;
  let failures = 0;
  let active = true;

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const decide = (trigger: AutosaveTrigger) => {
    const state = store.getState();
    const dirty = state.docVersion !== state.savedVersion;
    if (!dirty) failures = 0;
    const plan = planAutosave(
      {
        dirty,
        saveStatus: state.saveStatus,
        readOnly: state.readOnly,
        loaded: state.revision > 0,
        inFlight,
        failures,
        timerPending: timer !== null,
      },
      trigger,
    );
    switch (plan.type) {
      case 'cancel':
        clearTimer();
        return;
      case 'keep':
        return;
      case 'schedule':
        clearTimer();
        if (!active) return;
        timer = setTimeout(() => {
          timer = null;
          decide('timer');
        }, plan.delayMs);
        return;
      case 'save':
        clearTimer();
        void save();
        return;
      default:
        assertNever(plan);
    }
  };

  const fail = (kind: 'offline' | 'error') => {
    failures += 1;
    store.getState().markSaveFailed(kind);
  };

  const save = async () => {
    const state = store.getState();
    const sent = { docVersion: state.docVersion, revision: state.revision, doc: state.doc };
    if (!isOnline()) {
      fail('offline');
      decide('settled');
      return;
    }
    inFlight = true;
    state.markSaving();
    try {
      const saved = await options.saveDraft({ revision: sent.revision, draft: sent.doc });
      inFlight = false;
      failures = 0;
      store.getState().markSaved({ revision: saved.revision, docVersion: sent.docVersion });
      options.onSaved?.({ ...saved, doc: sent.doc });
    } catch (error) {
      inFlight = false;
      const failure = classifySaveError(error, { online: isOnline() });
      if (failure.kind === 'conflict') {
        failures = 0;
        store.getState().markConflict(failure.currentRevision);
      } else {
        fail(failure.kind);
      }
    }
    decide('settled');
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.docVersion !== prev.docVersion) decide('edit');
    else if (
      state.saveStatus !== prev.saveStatus ||
      state.savedVersion !== prev.savedVersion ||
      state.revision !== prev.revision ||
      state.readOnly !== prev.readOnly
    )
      decide('status');
  });
  decide('status');

  return {
    trigger: (trigger) => {
      if (active) decide(trigger);
    },
    dispose: () => {
      if (!active) return;
      unsubscribe();
      decide('flush');
      active = false;
      clearTimer();
    },
  };
}
