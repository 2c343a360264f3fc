import { describe, expect, it } from 'vitest';
import { createEditorStore } from '@/components/editor/store/create-editor-store';
import { traceDoc } from './trace-fixture';

const trace = { activeNodeId: 'ask', pathNodeIds: ['trigger', 'ask'], pathEdgeIds: ['e-trigger-ask'] };

function setup() {
  const store = createEditorStore({ randomId: () => 'x', now: () => 0 });
  store.getState().load({ doc: traceDoc(), revision: 1 });
  return store;
}

describe('editor store: simulation trace slice', () => {
  it('shows and clears the trace without touching the document, history or save state', () => {
    const store = setup();
    store.getState().setNodeLabel('ask', 'Renamed');
    const before = store.getState();
    before.setSimulationTrace(trace);
    const after = store.getState();
    expect(after.simulationTrace).toEqual(trace);
    expect(after.doc).toBe(before.doc);
    expect(after.docVersion).toBe(before.docVersion);
    expect(after.structureVersion).toBe(before.structureVersion);
    expect(after.past).toBe(before.past);
    expect(after.future).toBe(before.future);
    expect(after.saveStatus).toBe(before.saveStatus);

    after.setSimulationTrace(null);
    expect(store.getState().simulationTrace).toBeNull();
    expect(store.getState().docVersion).toBe(before.docVersion);
  });

  it('is not undone: undo restores the document and leaves the trace', () => {
    const store = setup();
    store.getState().setNodeLabel('ask', 'Renamed');
    store.getState().setSimulationTrace(trace);
    store.getState().undo();
    expect(store.getState().doc.nodes.find((n) => n.id === 'ask')?.label).toBe('Ask city');
    expect(store.getState().simulationTrace).toEqual(trace);
    expect(store.getState().past).toHaveLength(0);
  });

  it('does not notify subscribers when the same trace is set again', () => {
    const store = setup();
    store.getState().setSimulationTrace(trace);
    let notified = 0;
    const unsubscribe = store.subscribe(() => notified++);
    store.getState().setSimulationTrace({ ...trace, pathNodeIds: [...trace.pathNodeIds] });
    expect(notified).toBe(0);
    store.getState().setSimulationTrace({ ...trace, activeNodeId: 'trigger' });
    expect(notified).toBe(1);
    unsubscribe();
  });

  it('survives a reload of the document (the simulator panel stays open)', () => {
    const store = setup();
    store.getState().setSimulationTrace(trace);
    store.getState().load({ doc: traceDoc(), revision: 2 });
    expect(store.getState().simulationTrace).toEqual(trace);
  });
});
