import { assertNever } from '@/core/shared/assert-never';
import { type SaveStatus } from '../store/editor-state';

/** Quiet time after the last edit before the draft is sent. */
export const AUTOSAVE_DEBOUNCE_MS = 800;
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 30_000;

/** What autosave knows at a decision point (store state plus its own bookkeeping). */
export interface AutosaveView {
  /** `docVersion !== savedVersion`. */
  dirty: boolean;
  saveStatus: SaveStatus;
  readOnly: boolean;
  /** The store holds a server draft (revision > 0); nothing is saved before the first load. */
  loaded: boolean;
  inFlight: boolean;
  /** Consecutive failed saves (0 after a success); > 0 means autosave is backing off. */
  failures: number;
  timerPending: boolean;
}

/**
 * Why autosave is asked to decide: `edit` (the document changed), `status` (save state or read-only
 * changed), `timer` (debounce or retry elapsed), `flush` (page hidden, closing, or an explicit "save
 * now"), `online` (the browser reconnected), `settled` (a save just finished, either way).
 */
export type AutosaveTrigger = 'edit' | 'status' | 'timer' | 'flush' | 'online' | 'settled';

/**
 * `cancel`: drop any timer, nothing to do. `keep`: leave any timer as it is. `schedule`: (re)start the
 * timer. `save`: send the draft now (and drop any timer).
 */
export type AutosavePlan =
  { type: 'cancel' } | { type: 'keep' } | { type: 'schedule'; delayMs: number } | { type: 'save' };

/** Backoff after `failures` consecutive failures: 2 s, 4 s, 8 s, … capped at 30 s. */
export function retryDelayMs(failures: number): number {
  return Math.min(RETRY_FIRST_MS * 2 ** Math.max(0, failures - 1), RETRY_MAX_MS);
}

/**
 * The autosave policy, pure: never two saves in flight (the `settled` decision picks up edits made
 * meanwhile), nothing while read-only or in conflict, debounce while all is well, backoff while saves fail.
 */
export function planAutosave(view: AutosaveView, trigger: AutosaveTrigger): AutosavePlan {
  if (view.readOnly || !view.loaded || view.saveStatus === 'conflict') return { type: 'cancel' };
  if (view.inFlight) return { type: 'keep' };
  if (!view.dirty) return { type: 'cancel' };
  switch (trigger) {
    case 'timer':
    case 'flush':
    case 'online':
      return { type: 'save' };
    case 'settled':
      return {
        type: 'schedule',
        delayMs: view.failures > 0 ? retryDelayMs(view.failures) : AUTOSAVE_DEBOUNCE_MS,
      };
    case 'edit':
      // While backing off, edits wait for the retry instead of hammering a failing server.
      if (view.failures > 0)
        return view.timerPending
          ? { type: 'keep' }
          : { type: 'schedule', delayMs: retryDelayMs(view.failures) };
      return { type: 'schedule', delayMs: AUTOSAVE_DEBOUNCE_MS };
    case 'status':
      if (view.timerPending) return { type: 'keep' };
      return {
        type: 'schedule',
        delayMs: view.failures > 0 ? retryDelayMs(view.failures) : AUTOSAVE_DEBOUNCE_MS,
      };
    default:
      return assertNever(trigger);
  }
}
