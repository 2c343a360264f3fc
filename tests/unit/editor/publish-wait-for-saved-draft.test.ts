import { describe, expect, it } from 'vitest';
import { createEmptyFlowDocument } from '@/core';
import { waitForSavedDraft } from '@/components/editor/publish/wait-for-saved-draft';
import { createEditorStore } from '@/components/editor/store/create-editor-store';

function setup(options: { readOnly?: boolean } = {}) {
  const store = createEditorStore();
  store.getState().load({ doc: createEmptyFlowDocument(), revision: 4, readOnly: options.readOnly ?? false });
  const edit = () => store.getState().addNode({ type: 'end', position: { x: 10, y: 0 } });
  return { store, edit };
}

describe('waitForSavedDraft', () => {
  it('answers at once with the revision when nothing is unsaved', async () => {
    const { store } = setup();
    await expect(waitForSavedDraft(store, { timeoutMs: 50 })).resolves.toEqual({ ok: true, revision: 4 });
  });

  it('waits for autosave to save pending edits and answers with the new revision', async () => {
    const { store, edit } = setup();
    edit();
    const waiting = waitForSavedDraft(store, { timeoutMs: 1_000 });
    const sent = store.getState().docVersion;
    store.getState().markSaving();
    store.getState().markSaved({ revision: 5, docVersion: sent });
    await expect(waiting).resolves.toEqual({ ok: true, revision: 5 });
  });

  it('fails when the save fails or conflicts, and at once when it is already failing', async () => {
    const first = setup();
    first.edit();
    const failing = waitForSavedDraft(first.store, { timeoutMs: 1_000 });
    first.store.getState().markSaving();
    first.store.getState().markSaveFailed('error');
    await expect(failing).resolves.toEqual({ ok: false, reason: 'error' });
    await expect(waitForSavedDraft(first.store, { timeoutMs: 1_000 })).resolves.toEqual({
      ok: false,
      reason: 'error',
    });

    const second = setup();
    second.edit();
    const conflicting = waitForSavedDraft(second.store, { timeoutMs: 1_000 });
    second.store.getState().markConflict(9);
    await expect(conflicting).resolves.toEqual({ ok: false, reason: 'conflict' });
  });

  it('gives up after the timeout and refuses a read-only editor', async () => {
    const { store, edit } = setup();
    edit();
    await expect(waitForSavedDraft(store, { timeoutMs: 10 })).resolves.toEqual({
      ok: false,
      reason: 'timeout',
    });
    const readOnly = setup({ readOnly: true });
    await expect(waitForSavedDraft(readOnly.store, { timeoutMs: 10 })).resolves.toEqual({
      ok: false,
      reason: 'read-only',
    });
  });
});
