import { TRPCClientError } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyFlowDocument, type FlowDocument } from '@/core';
import { createAutosaver } from '@/components/editor/saving/create-autosaver';
import { createEditorStore } from '@/components/editor/store/create-editor-store';

type SaveInput = { revision: number; draft: FlowDocument };

/** A saveDraft double whose calls stay pending until the test settles them. */
function fakeServer() {
  const calls: { input: SaveInput; resolve: (revision: number) => void; reject: (error: unknown) => void }[] =
    [];
  const saveDraft = (input: SaveInput) =>
    new Promise<{ revision: number; updatedAt: Date }>((resolve, reject) => {
      calls.push({ input, resolve: (revision) => resolve({ revision, updatedAt: new Date() }), reject });
    });
  return { calls, saveDraft };
}

const conflict = (currentRevision: number) =>
  Object.assign(new TRPCClientError('conflict'), {
    data: { appCode: 'REVISION_CONFLICT', appDetails: { currentRevision } },
  });

let online = true;
function setup(options: { readOnly?: boolean } = {}) {
  const store = createEditorStore();
  store.getState().load({ doc: createEmptyFlowDocument(), revision: 3, readOnly: options.readOnly ?? false });
  const server = fakeServer();
  const saved: number[] = [];
  const autosaver = createAutosaver({
    store,
    saveDraft: server.saveDraft,
    onSaved: ({ revision }) => saved.push(revision),
    isOnline: () => online,
  });
  let n = 0;
  const edit = () => store.getState().addNode({ type: 'end', position: { x: (n += 1) * 10, y: 0 } });
  return { store, server, saved, autosaver, edit };
}

beforeEach(() => {
  vi.useFakeTimers();
  online = true;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaver', () => {
  it('saves 800 ms after the last edit, with the store revision and document', async () => {
    const { store, server, saved, edit } = setup();
    edit();
    await vi.advanceTimersByTimeAsync(500);
    edit();
    await vi.advanceTimersByTimeAsync(799);
    expect(server.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]!.input).toEqual({ revision: 3, draft: store.getState().doc });
    expect(store.getState().saveStatus).toBe('saving');
    server.calls[0]!.resolve(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState()).toMatchObject({ saveStatus: 'saved', revision: 4 });
    expect(store.getState().savedVersion).toBe(store.getState().docVersion);
    expect(saved).toEqual([4]);
  });

  it('never runs two saves at once; edits made during a save are saved next', async () => {
    const { store, server, edit } = setup();
    edit();
    await vi.advanceTimersByTimeAsync(800);
    const sentVersion = store.getState().docVersion;
    edit();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.calls).toHaveLength(1);
    server.calls[0]!.resolve(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState()).toMatchObject({ saveStatus: 'unsaved', revision: 4, savedVersion: sentVersion });
    await vi.advanceTimersByTimeAsync(800);
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]!.input.revision).toBe(4);
    expect(server.calls[1]!.input.draft).toBe(store.getState().doc);
  });

  it('stops at a conflict until it is resolved, then "overwrite" saves at once', async () => {
    const { store, server, autosaver, edit } = setup();
    edit();
    await vi.advanceTimersByTimeAsync(800);
    server.calls[0]!.reject(conflict(9));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState()).toMatchObject({ saveStatus: 'conflict', conflictRevision: 9 });
    edit();
    autosaver.trigger('flush');
    autosaver.trigger('online');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(1);

    store.getState().adoptRevision(9);
    autosaver.trigger('flush');
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]!.input.revision).toBe(9);
  });

  it('retries with backoff while offline, and at once when the browser reconnects', async () => {
    const { store, server, autosaver, edit } = setup();
    edit();
    await vi.advanceTimersByTimeAsync(800);
    server.calls[0]!.reject(new TRPCClientError('Failed to fetch'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().saveStatus).toBe('offline');
    edit(); // does not hurry the retry
    await vi.advanceTimersByTimeAsync(1_999);
    expect(server.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveLength(2);
    server.calls[1]!.reject(new TRPCClientError('Failed to fetch'));
    await vi.advanceTimersByTimeAsync(3_999);
    expect(server.calls).toHaveLength(2);
    autosaver.trigger('online');
    expect(server.calls).toHaveLength(3);
    server.calls[2]!.resolve(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('does not call the server while the browser is offline', async () => {
    const { store, server, edit } = setup();
    online = false;
    edit();
    await vi.advanceTimersByTimeAsync(800 + 2_000 + 4_000);
    expect(server.calls).toHaveLength(0);
    expect(store.getState().saveStatus).toBe('offline');
    online = true;
    await vi.advanceTimersByTimeAsync(8_000);
    expect(server.calls).toHaveLength(1);
  });

  it('reports other failures as errors and retries them too', async () => {
    const { store, server, edit } = setup();
    edit();
    await vi.advanceTimersByTimeAsync(800);
    server.calls[0]!.reject(
      Object.assign(new TRPCClientError('bad'), {
        data: { appCode: 'INVALID_FLOW_DOCUMENT', appDetails: {} },
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().saveStatus).toBe('error');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(server.calls).toHaveLength(2);
  });

  it('flushes without waiting, and sends pending edits when disposed', async () => {
    const first = setup();
    first.edit();
    first.autosaver.trigger('flush');
    expect(first.server.calls).toHaveLength(1);

    const second = setup();
    second.edit();
    second.autosaver.dispose();
    expect(second.server.calls).toHaveLength(1);
    second.edit();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(second.server.calls).toHaveLength(1);
  });

  it('does nothing for a read-only editor', async () => {
    const { server, autosaver } = setup({ readOnly: true });
    autosaver.trigger('flush');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls).toHaveLength(0);
  });
});
