import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { classifySaveError } from '@/components/editor/saving/classify-save-error';
import {
  AUTOSAVE_DEBOUNCE_MS,
  type AutosaveView,
  planAutosave,
  retryDelayMs,
} from '@/components/editor/saving/plan-autosave';
import { sameJson } from '@/components/editor/saving/same-json';

const view = (over: Partial<AutosaveView> = {}): AutosaveView => ({
  dirty: true,
  saveStatus: 'unsaved',
  readOnly: false,
  loaded: true,
  inFlight: false,
  failures: 0,
  timerPending: false,
  ...over,
});

describe('planAutosave', () => {
  it('debounces edits and restarts the wait at every edit', () => {
    expect(planAutosave(view(), 'edit')).toEqual({ type: 'schedule', delayMs: AUTOSAVE_DEBOUNCE_MS });
    expect(planAutosave(view({ timerPending: true }), 'edit')).toEqual({
      type: 'schedule',
      delayMs: AUTOSAVE_DEBOUNCE_MS,
    });
    expect(AUTOSAVE_DEBOUNCE_MS).toBe(800);
  });

  it('saves when the wait ends, when flushed and when the browser is back online', () => {
    for (const trigger of ['timer', 'flush', 'online'] as const)
      expect(planAutosave(view({ timerPending: true }), trigger)).toEqual({ type: 'save' });
  });

  it('never starts a second save while one is in flight', () => {
    for (const trigger of ['edit', 'status', 'timer', 'flush', 'online'] as const)
      expect(planAutosave(view({ inFlight: true, saveStatus: 'saving' }), trigger)).toEqual({ type: 'keep' });
  });

  it('picks up edits made during a save once it settles', () => {
    expect(planAutosave(view(), 'settled')).toEqual({ type: 'schedule', delayMs: AUTOSAVE_DEBOUNCE_MS });
    expect(planAutosave(view({ dirty: false, saveStatus: 'saved' }), 'settled')).toEqual({ type: 'cancel' });
  });

  it('does nothing while read-only, before the first load, in conflict, or with nothing to save', () => {
    for (const over of [
      { readOnly: true },
      { loaded: false },
      { saveStatus: 'conflict' as const },
      { dirty: false, saveStatus: 'saved' as const },
    ])
      for (const trigger of ['edit', 'status', 'timer', 'flush', 'online', 'settled'] as const)
        expect(planAutosave(view(over), trigger)).toEqual({ type: 'cancel' });
  });

  it('backs off after failures, and edits do not hurry the retry', () => {
    expect(planAutosave(view({ failures: 1, saveStatus: 'offline' }), 'settled')).toEqual({
      type: 'schedule',
      delayMs: 2_000,
    });
    expect(planAutosave(view({ failures: 3, saveStatus: 'error' }), 'settled')).toEqual({
      type: 'schedule',
      delayMs: 8_000,
    });
    expect(planAutosave(view({ failures: 2, timerPending: true }), 'edit')).toEqual({ type: 'keep' });
    expect(planAutosave(view({ failures: 2 }), 'edit')).toEqual({ type: 'schedule', delayMs: 4_000 });
    expect(planAutosave(view({ failures: 2, saveStatus: 'offline', timerPending: true }), 'online')).toEqual({
      type: 'save',
    });
  });

  it('keeps a pending timer on status changes, and starts one when there is none', () => {
    expect(planAutosave(view({ timerPending: true }), 'status')).toEqual({ type: 'keep' });
    expect(planAutosave(view(), 'status')).toEqual({ type: 'schedule', delayMs: AUTOSAVE_DEBOUNCE_MS });
  });
});

describe('retryDelayMs', () => {
  it('doubles from 2 s up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelayMs)).toEqual([
      2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});

describe('classifySaveError', () => {
  const serverError = (data: unknown) => Object.assign(new TRPCClientError('refused'), { data });

  it('reads the revision of a conflict', () => {
    const error = serverError({ appCode: 'REVISION_CONFLICT', appDetails: { currentRevision: 7 } });
    expect(classifySaveError(error, { online: true })).toEqual({ kind: 'conflict', currentRevision: 7 });
    expect(classifySaveError(error, { online: false })).toEqual({ kind: 'conflict', currentRevision: 7 });
  });

  it('treats a conflict without a usable revision as an error', () => {
    const error = serverError({ appCode: 'REVISION_CONFLICT', appDetails: null });
    expect(classifySaveError(error, { online: true })).toEqual({ kind: 'error' });
  });

  it('is offline when the server never answered or the browser is offline', () => {
    expect(classifySaveError(new TRPCClientError('Failed to fetch'), { online: true })).toEqual({
      kind: 'offline',
    });
    expect(classifySaveError(new Error('whatever'), { online: false })).toEqual({ kind: 'offline' });
  });

  it('is an error for any other answer', () => {
    const invalid = serverError({ appCode: 'INVALID_FLOW_DOCUMENT', appDetails: { issues: [] } });
    expect(classifySaveError(invalid, { online: true })).toEqual({ kind: 'error' });
    expect(classifySaveError(new Error('bug'), { online: true })).toEqual({ kind: 'error' });
  });
});

describe('sameJson', () => {
  it('ignores key order and undefined properties, not values', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});
