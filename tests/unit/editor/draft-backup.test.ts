import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyFlowDocument, exampleFlows, FLOW_SCHEMA_VERSION } from '@/core';
import { createBackupMirror } from '@/components/editor/saving/create-backup-mirror';
import { draftBackup } from '@/components/editor/saving/draft-backup';
import { createEditorStore } from '@/components/editor/store/create-editor-store';

class MemoryStorage {
  items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let storage: MemoryStorage;
const flowId = '5b1f0d6e-3c38-4a43-9a4e-1c2f6a1d7e10';
const doc = exampleFlows[0]!.document;

beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { window?: unknown }).window = { localStorage: storage };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('draftBackup', () => {
  it('writes under replyflow:draft:<flowId> and reads it back', () => {
    expect(draftBackup.write({ flowId, baseRevision: 4, doc, savedAt: '2025-03-01T10:00:00.000Z' })).toBe(
      true,
    );
    expect(draftBackup.key(flowId)).toBe(`replyflow:draft:${flowId}`);
    expect(JSON.parse(storage.getItem(`replyflow:draft:${flowId}`)!)).toMatchObject({ version: 1, flowId });
    expect(draftBackup.read(flowId)).toEqual({
      flowId,
      baseRevision: 4,
      doc,
      savedAt: '2025-03-01T10:00:00.000Z',
    });
    draftBackup.remove(flowId);
    expect(draftBackup.read(flowId)).toBeNull();
  });

  it('reads garbage, another flow or an invalid document as nothing', () => {
    const key = draftBackup.key(flowId);
    storage.setItem(key, '{nope');
    expect(draftBackup.read(flowId)).toBeNull();
    storage.setItem(
      key,
      JSON.stringify({
        version: 1,
        flowId: 'other',
        baseRevision: 1,
        doc,
        savedAt: '2025-03-01T10:00:00.000Z',
      }),
    );
    expect(draftBackup.read(flowId)).toBeNull();
    storage.setItem(
      key,
      JSON.stringify({
        version: 1,
        flowId,
        baseRevision: 1,
        doc: { nodes: 1 },
        savedAt: '2025-03-01T10:00:00.000Z',
      }),
    );
    expect(draftBackup.read(flowId)).toBeNull();
    storage.setItem(key, JSON.stringify({ version: 1, flowId, baseRevision: 1, doc, savedAt: 'yesterday' }));
    expect(draftBackup.read(flowId)).toBeNull();
  });

  it('migrates an older document', () => {
    const old = { schemaVersion: 1, timezone: 'Europe/Paris', nodes: [], edges: [] };
    storage.setItem(
      draftBackup.key(flowId),
      JSON.stringify({ version: 1, flowId, baseRevision: 2, doc: old, savedAt: '2025-03-01T10:00:00.000Z' }),
    );
    expect(draftBackup.read(flowId)?.doc.schemaVersion).toBe(FLOW_SCHEMA_VERSION);
  });

  it('never throws when storage is full or missing', () => {
    storage.full = true;
    expect(draftBackup.write({ flowId, baseRevision: 1, doc })).toBe(false);
    delete (globalThis as { window?: unknown }).window;
    expect(draftBackup.write({ flowId, baseRevision: 1, doc })).toBe(false);
    expect(draftBackup.read(flowId)).toBeNull();
    expect(() => draftBackup.remove(flowId)).not.toThrow();
  });
});

describe('createBackupMirror', () => {
  const setup = () => {
    const store = createEditorStore();
    store.getState().load({ doc: createEmptyFlowDocument(), revision: 5 });
    let n = 0;
    const edit = () => store.getState().addNode({ type: 'end', position: { x: (n += 1) * 10, y: 0 } });
    return { store, edit };
  };

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes unsaved edits at most every 300 ms, with the base revision', async () => {
    const { store, edit } = setup();
    createBackupMirror({ store, flowId });
    edit();
    await vi.advanceTimersByTimeAsync(0);
    const first = draftBackup.read(flowId);
    expect(first).toMatchObject({ baseRevision: 5, doc: store.getState().doc });
    edit();
    await vi.advanceTimersByTimeAsync(100);
    expect(draftBackup.read(flowId)?.doc).toEqual(first?.doc);
    await vi.advanceTimersByTimeAsync(200);
    expect(draftBackup.read(flowId)?.doc).toEqual(store.getState().doc);
  });

  it('writes at once on request and when disposed, and removes the backup once saved', async () => {
    const { store, edit } = setup();
    const mirror = createBackupMirror({ store, flowId });
    edit();
    mirror.writeNow();
    expect(draftBackup.read(flowId)?.doc).toEqual(store.getState().doc);
    store.getState().markSaved({ revision: 6, docVersion: store.getState().docVersion });
    expect(draftBackup.read(flowId)).toBeNull();
    edit();
    mirror.dispose();
    expect(draftBackup.read(flowId)).toMatchObject({ baseRevision: 6 });
  });

  it('leaves an existing backup alone while the store holds no server draft', async () => {
    draftBackup.write({ flowId, baseRevision: 2, doc });
    createBackupMirror({ store: createEditorStore(), flowId }).dispose();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(draftBackup.read(flowId)?.doc).toEqual(doc);
  });
});
