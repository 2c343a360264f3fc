import { describe, expect, it } from 'vitest';
import {
  compileFlow,
  createEmptyFlowDocument,
  exampleFlows,
  type FlowDocument,
  parseFlowDocument,
} from '@/core';
import { parseClipboardFragment } from '@/components/editor/store/clipboard-fragment';
import { createEditorStore } from '@/components/editor/store/create-editor-store';

/** A store with predictable ids (`<type>-1`, `<type>-2`, …) and a controllable clock. */
function setup(doc: FlowDocument = createEmptyFlowDocument()) {
  let counter = 0;
  let clock = 0;
  const store = createEditorStore({ randomId: () => String(++counter), now: () => clock });
  store.getState().load({ doc, revision: 3 });
  return {
    store,
    get s() {
      return store.getState();
    },
    tick: (ms: number) => (clock += ms),
  };
}

/** trigger → ask → condition → (yes, else) two messages, built only through actions. */
function buildTree() {
  const t = setup();
  const trigger = t.s.addNode({ type: 'keyword-trigger', position: { x: 0, y: 0 } });
  const ask = t.s.addNode({ type: 'ask', position: { x: 0, y: 200 } });
  const cond = t.s.addNode({ type: 'condition', position: { x: 0, y: 400 } });
  const yes = t.s.addNode({ type: 'send-message', position: { x: -200, y: 600 } });
  const no = t.s.addNode({ type: 'send-message', position: { x: 200, y: 600 } });
  expect(t.s.connect({ source: trigger, sourcePort: 'out', target: ask })).toBe(true);
  expect(t.s.connect({ source: ask, sourcePort: 'answer', target: cond })).toBe(true);
  expect(t.s.connect({ source: cond, sourcePort: 'branch-1', target: yes })).toBe(true);
  expect(t.s.connect({ source: cond, sourcePort: 'else', target: no })).toBe(true);
  return Object.assign(t, { ids: { trigger, ask, cond, yes, no } });
}

const node = (doc: FlowDocument, id: string) => doc.nodes.find((n) => n.id === id)!;

describe('editor store: building', () => {
  it('loads a document as saved, with no history', () => {
    const t = setup(exampleFlows[0]!.document);
    expect(t.s.doc).toBe(exampleFlows[0]!.document);
    expect(t.s.revision).toBe(3);
    expect(t.s.docVersion).toBe(t.s.savedVersion);
    expect(t.s.saveStatus).toBe('saved');
    expect(t.s.past).toEqual([]);
  });

  it('adds a node with its catalogue defaults, selects it and marks the draft unsaved', () => {
    const t = setup();
    const id = t.s.addNode({ type: 'ask', position: { x: 10, y: 20 } });
    expect(id).toBe('ask-1');
    expect(node(t.s.doc, id)).toMatchObject({
      type: 'ask',
      position: { x: 10, y: 20 },
      data: { variable: '' },
    });
    expect(t.s.selectedNodeIds).toEqual([id]);
    expect(t.s.saveStatus).toBe('unsaved');
    expect(t.s.docVersion).not.toBe(t.s.savedVersion);
  });

  it('builds a tree that compiles once configured', () => {
    const t = buildTree();
    expect(t.s.doc.edges.map((e) => `${e.source}.${e.sourcePort}->${e.target}`)).toEqual([
      `${t.ids.trigger}.out->${t.ids.ask}`,
      `${t.ids.ask}.answer->${t.ids.cond}`,
      `${t.ids.cond}.branch-1->${t.ids.yes}`,
      `${t.ids.cond}.else->${t.ids.no}`,
    ]);
    const before = compileFlow(t.s.doc).diagnostics.filter((d) => d.severity === 'error');
    expect(before.length).toBeGreaterThan(0);
    t.s.updateNodeData(t.ids.trigger, { ...node(t.s.doc, t.ids.trigger).data, keywords: ['hi'] } as never);
    expect(node(t.s.doc, t.ids.trigger).data).toMatchObject({ keywords: ['hi'] });
  });

  it('refuses connections into triggers, to itself, from unknown outputs or missing nodes', () => {
    const t = buildTree();
    const edges = t.s.doc.edges;
    expect(t.s.connect({ source: t.ids.ask, sourcePort: 'invalid', target: t.ids.trigger })).toBe(false);
    expect(t.s.connect({ source: t.ids.ask, sourcePort: 'invalid', target: t.ids.ask })).toBe(false);
    expect(t.s.connect({ source: t.ids.ask, sourcePort: 'nope', target: t.ids.yes })).toBe(false);
    expect(t.s.connect({ source: 'ghost', sourcePort: 'out', target: t.ids.yes })).toBe(false);
    expect(t.s.doc.edges).toBe(edges);
  });

  it('keeps one edge per output: connecting an output again replaces its edge', () => {
    const t = buildTree();
    t.s.connect({ source: t.ids.trigger, sourcePort: 'out', target: t.ids.yes });
    const fromTrigger = t.s.doc.edges.filter((e) => e.source === t.ids.trigger);
    expect(fromTrigger).toHaveLength(1);
    expect(fromTrigger[0]!.target).toBe(t.ids.yes);
  });

  it('adds a node connected to an output (quick add)', () => {
    const t = buildTree();
    const id = t.s.addConnectedNode({
      type: 'end',
      position: { x: 0, y: 800 },
      from: { nodeId: t.ids.yes, port: 'out' },
    });
    expect(t.s.doc.edges).toContainEqual(
      expect.objectContaining({ source: t.ids.yes, sourcePort: 'out', target: id }),
    );
    expect(t.s.selectedNodeIds).toEqual([id]);
  });

  it('inserts a node into an edge: source → new → old target, as one undo step', () => {
    const t = buildTree();
    const edge = t.s.doc.edges.find((e) => e.source === t.ids.trigger)!;
    const id = t.s.insertNodeOnEdge({ type: 'send-message', position: { x: 0, y: 100 }, edgeId: edge.id });
    const links = t.s.doc.edges.map((e) => `${e.source}.${e.sourcePort}->${e.target}`);
    expect(links).toContain(`${t.ids.trigger}.out->${id}`);
    expect(links).toContain(`${id}.out->${t.ids.ask}`);
    expect(links).not.toContain(`${t.ids.trigger}.out->${t.ids.ask}`);
    t.s.undo();
    expect(t.s.doc.nodes.some((n) => n.id === id)).toBe(false);
    expect(t.s.doc.edges.map((e) => `${e.source}.${e.sourcePort}->${e.target}`)).toContain(
      `${t.ids.trigger}.out->${t.ids.ask}`,
    );
  });

  it('inserting a node without outputs into an edge makes it the edge target', () => {
    const t = buildTree();
    const edge = t.s.doc.edges.find((e) => e.source === t.ids.cond && e.sourcePort === 'else')!;
    const id = t.s.insertNodeOnEdge({ type: 'end', position: { x: 0, y: 0 }, edgeId: edge.id });
    expect(t.s.doc.edges.find((e) => e.source === t.ids.cond && e.sourcePort === 'else')!.target).toBe(id);
  });

  it('labels and unlabels a node', () => {
    const t = buildTree();
    t.s.setNodeLabel(t.ids.ask, 'Ask the city');
    expect(node(t.s.doc, t.ids.ask).label).toBe('Ask the city');
    t.tick(5000);
    t.s.setNodeLabel(t.ids.ask, '');
    expect('label' in node(t.s.doc, t.ids.ask)).toBe(false);
  });
});

describe('editor store: deleting and selecting', () => {
  it('deletes nodes with their edges, edges alone, and the selection', () => {
    const t = buildTree();
    t.s.deleteNodes([t.ids.cond]);
    expect(t.s.doc.nodes.map((n) => n.id)).not.toContain(t.ids.cond);
    expect(t.s.doc.edges.some((e) => e.source === t.ids.cond || e.target === t.ids.cond)).toBe(false);
    const edge = t.s.doc.edges[0]!;
    t.s.deleteEdges([edge.id]);
    expect(t.s.doc.edges).not.toContainEqual(edge);
    t.s.select({ nodeIds: [t.ids.yes, t.ids.no] });
    t.s.deleteSelection();
    expect(t.s.doc.nodes.map((n) => n.id)).toEqual([t.ids.trigger, t.ids.ask]);
    expect(t.s.selectedNodeIds).toEqual([]);
  });

  it('selects by replace, add and toggle; selects all; clears', () => {
    const t = buildTree();
    t.s.select({ nodeIds: [t.ids.ask] });
    t.s.select({ nodeIds: [t.ids.cond], mode: 'add' });
    expect(t.s.selectedNodeIds).toEqual([t.ids.ask, t.ids.cond]);
    t.s.select({ nodeIds: [t.ids.ask, t.ids.yes], mode: 'toggle' });
    expect(t.s.selectedNodeIds.sort()).toEqual([t.ids.cond, t.ids.yes].sort());
    t.s.selectAll();
    expect(t.s.selectedNodeIds).toHaveLength(5);
    expect(t.s.selectedEdgeIds).toHaveLength(4);
    t.s.clearSelection();
    expect([t.s.selectedNodeIds, t.s.selectedEdgeIds]).toEqual([[], []]);
  });

  it('selection alone is not an edit', () => {
    const t = setup(exampleFlows[0]!.document);
    t.s.select({ nodeIds: [t.s.doc.nodes[0]!.id] });
    expect(t.s.saveStatus).toBe('saved');
    expect(t.s.past).toHaveLength(0);
  });
});

describe('editor store: clipboard', () => {
  it('copies the selection with inner edges only, and pastes it with fresh ids, offset, selected', () => {
    const t = buildTree();
    t.s.select({ nodeIds: [t.ids.ask, t.ids.cond] });
    const fragment = t.s.copySelection()!;
    expect(fragment.nodes.map((n) => n.id)).toEqual([t.ids.ask, t.ids.cond]);
    expect(fragment.edges).toHaveLength(1);
    // Through the clipboard as text, as between tabs or flows.
    const parsed = parseClipboardFragment(JSON.stringify(fragment))!;
    t.s.paste(parsed);
    const pasted = t.s.doc.nodes.slice(-2);
    expect(pasted.map((n) => n.id)).not.toContain(t.ids.ask);
    expect(pasted[0]!.position).toEqual({ x: 40, y: 240 });
    expect(t.s.selectedNodeIds).toEqual(pasted.map((n) => n.id));
    const inner = t.s.doc.edges.at(-1)!;
    expect([inner.source, inner.sourcePort, inner.target]).toEqual([pasted[0]!.id, 'answer', pasted[1]!.id]);
    t.s.paste(parsed);
    expect(t.s.doc.nodes.at(-2)!.position).toEqual({ x: 80, y: 280 });
  });

  it('pastes at a position, and into another flow', () => {
    const source = buildTree();
    source.s.select({ nodeIds: [source.ids.yes] });
    const text = JSON.stringify(source.s.copySelection());
    const other = setup(exampleFlows[1]!.document);
    other.s.paste(parseClipboardFragment(text)!, { at: { x: 500, y: 700 } });
    expect(other.s.doc.nodes.at(-1)).toMatchObject({ type: 'send-message', position: { x: 500, y: 700 } });
  });

  it('ignores clipboard text that is not a fragment', () => {
    expect(parseClipboardFragment('hello')).toBeNull();
    expect(parseClipboardFragment('{"format":"other"}')).toBeNull();
    expect(
      parseClipboardFragment(JSON.stringify({ format: 'replyflow/fragment', version: 1, nodes: [] })),
    ).toBeNull();
  });

  it('duplicates the selection; nothing selected copies nothing', () => {
    const t = buildTree();
    expect(t.s.copySelection()).toEqual(
      expect.objectContaining({ nodes: [expect.objectContaining({ id: t.ids.no })] }),
    );
    t.s.clearSelection();
    expect(t.s.copySelection()).toBeNull();
    t.s.select({ nodeIds: [t.ids.yes, t.ids.no] });
    t.s.duplicateSelection();
    expect(t.s.doc.nodes).toHaveLength(7);
  });

  it('re-points a pasted go-to node at the pasted copy of its target', () => {
    const t = buildTree();
    const goTo = t.s.addNode({ type: 'go-to', position: { x: 0, y: 900 } });
    t.s.updateNodeData(goTo, { target: 'node', nodeId: t.ids.ask, flowId: '' });
    t.s.select({ nodeIds: [goTo, t.ids.ask] });
    t.s.duplicateSelection();
    const copies = t.s.doc.nodes.slice(-2);
    const copiedGoTo = copies.find((n) => n.type === 'go-to')!;
    const copiedAsk = copies.find((n) => n.type === 'ask')!;
    expect(copiedAsk.id).not.toBe(t.ids.ask);
    expect(copiedGoTo.data).toMatchObject({ nodeId: copiedAsk.id });
  });
});

describe('editor store: moving, aligning, layout', () => {
  it('makes a whole drag one undo step', () => {
    const t = buildTree();
    const start = node(t.s.doc, t.ids.ask).position;
    t.s.moveNodes([{ id: t.ids.ask, position: { x: 5, y: 210 } }], { dragging: true });
    t.s.moveNodes([{ id: t.ids.ask, position: { x: 15, y: 230 } }], { dragging: true });
    const pastDuringDrag = t.s.past.length;
    t.s.moveNodes([{ id: t.ids.ask, position: { x: 20, y: 240 } }], { dragging: false });
    expect(t.s.past.length).toBe(pastDuringDrag + 1);
    expect(node(t.s.doc, t.ids.ask).position).toEqual({ x: 20, y: 240 });
    t.s.undo();
    expect(node(t.s.doc, t.ids.ask).position).toEqual(start);
    t.s.redo();
    expect(node(t.s.doc, t.ids.ask).position).toEqual({ x: 20, y: 240 });
  });

  it('a move is an edit for autosave but not for the compiler', () => {
    const t = buildTree();
    const { structureVersion, docVersion } = t.s;
    t.s.moveNodes([{ id: t.ids.ask, position: { x: 1, y: 1 } }], { dragging: false });
    expect(t.s.structureVersion).toBe(structureVersion);
    expect(t.s.docVersion).toBe(docVersion + 1);
  });

  it('aligns and distributes the selection using measured sizes', () => {
    const t = buildTree();
    t.s.setSizes({ [t.ids.yes]: { width: 200, height: 100 }, [t.ids.no]: { width: 300, height: 80 } });
    t.s.select({ nodeIds: [t.ids.yes, t.ids.no] });
    t.s.alignSelection('top');
    expect([node(t.s.doc, t.ids.yes).position.y, node(t.s.doc, t.ids.no).position.y]).toEqual([600, 600]);
    t.s.alignSelection('right');
    expect(node(t.s.doc, t.ids.yes).position.x + 200).toBe(node(t.s.doc, t.ids.no).position.x + 300);
    t.s.select({ nodeIds: [t.ids.trigger, t.ids.ask, t.ids.cond] });
    t.s.moveNodes([{ id: t.ids.ask, position: { x: 0, y: 100 } }], { dragging: false });
    t.s.alignSelection('distribute-vertical');
    const ys = [t.ids.trigger, t.ids.ask, t.ids.cond].map((id) => node(t.s.doc, id).position.y);
    expect(ys).toEqual([0, 200, 400]);
  });

  it('applies layout positions as one undo step and ignores deleted nodes', () => {
    const t = buildTree();
    const before = t.s.doc;
    t.s.applyPositions({ [t.ids.ask]: { x: 1, y: 2 }, [t.ids.cond]: { x: 3, y: 4 }, gone: { x: 0, y: 0 } });
    expect(node(t.s.doc, t.ids.cond).position).toEqual({ x: 3, y: 4 });
    t.s.undo();
    expect(t.s.doc).toBe(before);
  });
});

describe('editor store: undo and redo', () => {
  it('undoes and redoes every kind of change, and a new change clears redo', () => {
    const t = buildTree();
    const docs = [t.s.doc];
    t.s.setVariables([{ name: 'city', defaultValue: '' }]);
    docs.push(t.s.doc);
    t.tick(2000);
    t.s.setSettings({ timezone: 'Europe/Paris', stepBudget: 50 });
    docs.push(t.s.doc);
    t.s.deleteNodes([t.ids.no]);
    docs.push(t.s.doc);
    t.s.undo();
    t.s.undo();
    t.s.undo();
    expect(t.s.doc).toBe(docs[0]);
    t.s.redo();
    expect(t.s.doc).toBe(docs[1]);
    t.s.addNode({ type: 'end', position: { x: 0, y: 0 } });
    expect(t.s.future).toEqual([]);
    t.s.redo();
    expect(t.s.doc.nodes.at(-1)!.type).toBe('end');
  });

  it('coalesces typing into one field within a second into one step', () => {
    const t = buildTree();
    const before = t.s.doc;
    const data = node(t.s.doc, t.ids.trigger).data;
    for (const keyword of ['h', 'he', 'hel', 'hello']) {
      t.tick(300);
      t.s.updateNodeData(t.ids.trigger, { ...data, keywords: [keyword] } as never, { coalesceKey: 'kw' });
    }
    t.tick(300);
    t.s.updateNodeData(t.ids.ask, { ...node(t.s.doc, t.ids.ask).data, variable: 'x' } as never, {
      coalesceKey: 'var',
    });
    t.s.undo();
    expect(node(t.s.doc, t.ids.trigger).data).toMatchObject({ keywords: ['hello'] });
    t.s.undo();
    expect(t.s.doc).toBe(before);
  });

  it('drops the selection of nodes that undo removes', () => {
    const t = buildTree();
    const id = t.s.addNode({ type: 'end', position: { x: 0, y: 0 } });
    expect(t.s.selectedNodeIds).toEqual([id]);
    t.s.undo();
    expect(t.s.selectedNodeIds).toEqual([]);
  });

  it('replaces the whole document (import) as one undoable step', () => {
    const t = buildTree();
    const before = t.s.doc;
    t.s.replaceDocument(exampleFlows[2]!.document);
    expect(t.s.doc).toBe(exampleFlows[2]!.document);
    t.s.undo();
    expect(t.s.doc).toBe(before);
  });

  it('does nothing in read-only mode', () => {
    const t = setup(exampleFlows[0]!.document);
    t.s.load({ doc: exampleFlows[0]!.document, revision: 1, readOnly: true });
    const doc = t.s.doc;
    t.s.addNode({ type: 'end', position: { x: 0, y: 0 } });
    t.s.deleteNodes([doc.nodes[0]!.id]);
    t.s.moveNodes([{ id: doc.nodes[0]!.id, position: { x: 9, y: 9 } }], { dragging: true });
    t.s.moveNodes([{ id: doc.nodes[0]!.id, position: { x: 9, y: 9 } }], { dragging: false });
    expect(t.s.doc).toBe(doc);
    expect(t.s.saveStatus).toBe('saved');
  });
});

describe('editor store: saving state', () => {
  it('tracks saving, saved with later edits, conflict, overwrite and offline', () => {
    const t = buildTree();
    const sent = t.s.docVersion;
    t.s.markSaving();
    expect(t.s.saveStatus).toBe('saving');
    t.s.addNode({ type: 'end', position: { x: 0, y: 0 } });
    t.s.markSaved({ revision: 4, docVersion: sent });
    expect([t.s.revision, t.s.saveStatus]).toEqual([4, 'unsaved']);
    t.s.markSaved({ revision: 5, docVersion: t.s.docVersion });
    expect(t.s.saveStatus).toBe('saved');
    t.s.addNode({ type: 'end', position: { x: 0, y: 0 } });
    t.s.markConflict(9);
    t.s.addNode({ type: 'end', position: { x: 0, y: 0 } });
    expect([t.s.saveStatus, t.s.conflictRevision]).toEqual(['conflict', 9]);
    t.s.adoptRevision(9);
    expect([t.s.saveStatus, t.s.revision, t.s.conflictRevision]).toEqual(['unsaved', 9, null]);
    t.s.markSaveFailed('offline');
    t.s.addNode({ type: 'end', position: { x: 0, y: 0 } });
    expect(t.s.saveStatus).toBe('offline');
  });

  it('groups diagnostics by node and edge and knows whether the draft compiles', () => {
    const t = buildTree();
    t.s.setDiagnostics(compileFlow(t.s.doc).diagnostics);
    expect(t.s.compiles).toBe(false);
    expect(Object.keys(t.s.diagnosticsByNode)).toContain(t.ids.trigger);
    t.s.setDiagnostics([]);
    expect([t.s.compiles, t.s.diagnosticsByNode]).toEqual([true, {}]);
  });
});

describe('editor store: serialisation', () => {
  it('round-trips every example and an edited document through JSON and the document schema', () => {
    const t = buildTree();
    t.s.setNodeLabel(t.ids.ask, 'City?');
    for (const doc of [t.s.doc, ...exampleFlows.map((e) => e.document)]) {
      const parsed = parseFlowDocument(JSON.parse(JSON.stringify(doc)));
      expect(parsed.ok && parsed.document).toEqual(doc);
      const again = setup(parsed.ok ? parsed.document : doc);
      expect(again.s.doc).toEqual(doc);
    }
  });
});
