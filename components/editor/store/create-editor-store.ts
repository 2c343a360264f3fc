import { createStore, type StoreApi } from 'zustand/vanilla';
import { createEmptyFlowDocument, type FlowDocument, nodeCatalogue, portsOf } from '@/core';
import { alignPositions } from './align-positions';
import { createNodeId, randomSuffix } from './create-node-id';
import * as ops from './doc-ops';
import { type EditorData, type EditorState, type SimulationTrace } from './editor-state';
import { groupDiagnostics } from './group-diagnostics';
import { fragmentOf, prepareFragment } from './paste-fragment';

export interface EditorStoreOptions {
  /** Random part of new node ids (tests make it deterministic). */
  randomId?: () => string;
  /** Clock for coalescing edits into one undo step. */
  now?: () => number;
  /** Undo steps kept. */
  historyLimit?: number;
}

const COALESCE_MS = 1000;

const initialData = (): EditorData => ({
  doc: createEmptyFlowDocument(),
  structureVersion: 0,
  docVersion: 0,
  selectedNodeIds: [],
  selectedEdgeIds: [],
  sizes: {},
  past: [],
  future: [],
  diagnostics: [],
  diagnosticsByNode: {},
  diagnosticsByEdge: {},
  compiles: true,
  revision: 0,
  savedVersion: 0,
  saveStatus: 'saved',
  conflictRevision: null,
  readOnly: false,
  simulationTrace: null,
});

/** The editor's zustand store: the document, selection, history and save state, changed only by actions. */
export function createEditorStore(options: EditorStoreOptions = {}): StoreApi<EditorState> {
  const randomId = options.randomId ?? randomSuffix;
  const now = options.now ?? Date.now;
  const historyLimit = options.historyLimit ?? 200;
  // History bookkeeping that no component renders.
  let gestureStart: FlowDocument | null = null;
  let lastCoalesce: { key: string; at: number } | null = null;

  return createStore<EditorState>()((set, get) => {
    /**
     * Makes `next` the document as one undo step (unless coalesced into the previous one).
     * `structural: false` marks a pure move, which the compiler does not need to see.
     */
    const commit = (
      next: FlowDocument,
      opts: { structural?: boolean; coalesceKey?: string; extra?: Partial<EditorData> } = {},
    ) => {
      const state = get();
      if (next === state.doc || state.readOnly) return;
      const at = now();
      const coalesce =
        opts.coalesceKey !== undefined &&
        lastCoalesce?.key === opts.coalesceKey &&
        at - lastCoalesce.at < COALESCE_MS &&
        state.past.length > 0;
      lastCoalesce = opts.coalesceKey === undefined ? null : { key: opts.coalesceKey, at };
      const past = coalesce ? state.past : [...state.past, state.doc].slice(-historyLimit);
      set({
        doc: next,
        past,
        future: [],
        docVersion: state.docVersion + 1,
        structureVersion: state.structureVersion + (opts.structural === false ? 0 : 1),
        saveStatus: unsavedStatus(state.saveStatus),
        ...opts.extra,
      });
    };

    const newNodeId = (
      type: string,
      taken: ReadonlySet<string> = new Set(get().doc.nodes.map((n) => n.id)),
    ) => createNodeId(type, taken, randomId);

    const travel = (from: 'past' | 'future') => {
      const state = get();
      if (state.readOnly) return;
      const stack = state[from];
      const target = stack[stack.length - 1];
      if (!target) return;
      gestureStart = null;
      lastCoalesce = null;
      const rest = stack.slice(0, -1);
      const other = from === 'past' ? 'future' : 'past';
      set({
        doc: target,
        [from]: rest,
        [other]: [...state[other], state.doc],
        docVersion: state.docVersion + 1,
        structureVersion: state.structureVersion + 1,
        saveStatus: unsavedStatus(state.saveStatus),
        ...pruneSelectionOf(target, state),
      });
    };

    return {
      ...initialData(),

      load: ({ doc, revision, readOnly = false }) => {
        gestureStart = null;
        lastCoalesce = null;
        const version = get().docVersion + 1;
        set({
          ...initialData(),
          doc,
          revision,
          readOnly,
          docVersion: version,
          savedVersion: version,
          structureVersion: get().structureVersion + 1,
          sizes: get().sizes,
          // View state of the simulator panel, which outlives a reload of the document.
          simulationTrace: get().simulationTrace,
        });
      },

      addNode: ({ type, position, data }) => {
        const id = newNodeId(type);
        commit(ops.addNodes(get().doc, [ops.makeNode({ id, type, position, ...(data ? { data } : {}) })]), {
          extra: { selectedNodeIds: [id], selectedEdgeIds: [] },
        });
        return id;
      },

      addConnectedNode: ({ type, position, from }) => {
        const id = newNodeId(type);
        const added = ops.addNodes(get().doc, [ops.makeNode({ id, type, position })]);
        const problem = ops.connectionProblem(added, {
          source: from.nodeId,
          sourcePort: from.port,
          target: id,
        });
        const next = problem
          ? added
          : ops.connect(added, { source: from.nodeId, sourcePort: from.port, target: id });
        commit(next, { extra: { selectedNodeIds: [id], selectedEdgeIds: [] } });
        return id;
      },

      insertNodeOnEdge: ({ type, position, edgeId }) => {
        const doc = get().doc;
        const edge = doc.edges.find((e) => e.id === edgeId);
        const id = newNodeId(type);
        const node = ops.makeNode({ id, type, position });
        if (!edge || nodeCatalogue[type].entry) {
          commit(ops.addNodes(doc, [node]), { extra: { selectedNodeIds: [id], selectedEdgeIds: [] } });
          return id;
        }
        let next = ops.addNodes(ops.removeEdges(doc, [edge.id]), [node]);
        next = ops.connect(next, { source: edge.source, sourcePort: edge.sourcePort, target: id });
        const firstPort = portsOf(node)[0];
        if (firstPort)
          next = ops.connect(next, { source: id, sourcePort: firstPort.id, target: edge.target });
        commit(next, { extra: { selectedNodeIds: [id], selectedEdgeIds: [] } });
        return id;
      },

      updateNodeData: (nodeId, data, opts = {}) => {
        const next = ops.updateNode(get().doc, nodeId, (node) =>
          node.data === data ? node : ({ ...node, data } as typeof node),
        );
        commit(next, opts.coalesceKey === undefined ? {} : { coalesceKey: opts.coalesceKey });
      },

      setNodeLabel: (nodeId, label) => {
        const next = ops.updateNode(get().doc, nodeId, (node) => {
          const trimmed = label.length === 0 ? undefined : label;
          if (node.label === trimmed) return node;
          const { label: _old, ...rest } = node;
          return (trimmed === undefined ? rest : { ...rest, label: trimmed }) as typeof node;
        });
        commit(next, { coalesceKey: `${nodeId}:label` });
      },

      moveNodes: (moves, { dragging }) => {
        const state = get();
        if (state.readOnly) return;
        const next = ops.moveNodes(state.doc, moves);
        if (dragging) {
          if (next === state.doc) return;
          gestureStart ??= state.doc;
          set({ doc: next, docVersion: state.docVersion + 1, saveStatus: unsavedStatus(state.saveStatus) });
          return;
        }
        const start = gestureStart;
        gestureStart = null;
        if (start) {
          // The drag already moved the nodes: record where it started as the undo step.
          const finalDoc = next;
          if (finalDoc === start) return;
          set({
            doc: finalDoc,
            past: [...state.past, start].slice(-historyLimit),
            future: [],
            docVersion: state.docVersion + 1,
            saveStatus: unsavedStatus(state.saveStatus),
          });
          lastCoalesce = null;
          return;
        }
        commit(next, { structural: false });
      },

      connect: (input) => {
        const doc = get().doc;
        if (get().readOnly || ops.connectionProblem(doc, input)) return false;
        commit(ops.connect(doc, input));
        return true;
      },

      deleteNodes: (nodeIds) => {
        const next = ops.removeNodes(get().doc, nodeIds);
        commit(next, { extra: pruneSelectionOf(next, get()) });
      },

      deleteEdges: (edgeIds) => {
        const next = ops.removeEdges(get().doc, edgeIds);
        commit(next, { extra: pruneSelectionOf(next, get()) });
      },

      deleteSelection: () => {
        const { doc, selectedNodeIds, selectedEdgeIds } = get();
        const next = ops.removeNodes(ops.removeEdges(doc, selectedEdgeIds), selectedNodeIds);
        commit(next, { extra: { selectedNodeIds: [], selectedEdgeIds: [] } });
      },

      select: ({ nodeIds = [], edgeIds = [], mode = 'replace' }) => {
        const state = get();
        const combine = (current: string[], ids: string[]) => {
          if (mode === 'replace') return ids;
          if (mode === 'add') return [...new Set([...current, ...ids])];
          const toggled = new Set(current);
          for (const id of ids) if (!toggled.delete(id)) toggled.add(id);
          return [...toggled];
        };
        const selectedNodeIds = combine(state.selectedNodeIds, nodeIds);
        const selectedEdgeIds = combine(state.selectedEdgeIds, edgeIds);
        if (
          sameIds(selectedNodeIds, state.selectedNodeIds) &&
          sameIds(selectedEdgeIds, state.selectedEdgeIds)
        )
          return;
        set({ selectedNodeIds, selectedEdgeIds });
      },

      selectAll: () =>
        set({
          selectedNodeIds: get().doc.nodes.map((n) => n.id),
          selectedEdgeIds: get().doc.edges.map((e) => e.id),
        }),

      clearSelection: () => {
        if (get().selectedNodeIds.length === 0 && get().selectedEdgeIds.length === 0) return;
        set({ selectedNodeIds: [], selectedEdgeIds: [] });
      },

      duplicateSelection: () => {
        const fragment = get().copySelection();
        if (fragment) get().paste(fragment);
      },

      copySelection: () => fragmentOf(get().doc, get().selectedNodeIds),

      paste: (fragment, opts = {}) => {
        const doc = get().doc;
        const { nodes, edges } = prepareFragment({
          doc,
          fragment,
          ...(opts.at ? { at: opts.at } : {}),
          newId: (node, taken) => newNodeId(node.type, taken),
        });
        commit(ops.addNodes(doc, nodes, edges), {
          extra: { selectedNodeIds: nodes.map((n) => n.id), selectedEdgeIds: edges.map((e) => e.id) },
        });
      },

      alignSelection: (mode) => {
        const { doc, selectedNodeIds, sizes } = get();
        const ids = new Set(selectedNodeIds);
        const positions = alignPositions({ nodes: doc.nodes.filter((n) => ids.has(n.id)), sizes, mode });
        get().applyPositions(positions);
      },

      applyPositions: (positions) => {
        const moves = Object.entries(positions).map(([id, position]) => ({ id, position }));
        commit(ops.moveNodes(get().doc, moves), { structural: false });
      },

      setVariables: (variables) => commit({ ...get().doc, variables }, { coalesceKey: 'variables' }),
      setSettings: (settings) => commit({ ...get().doc, settings }, { coalesceKey: 'settings' }),

      replaceDocument: (doc) => commit(doc, { extra: { selectedNodeIds: [], selectedEdgeIds: [] } }),

      undo: () => travel('past'),
      redo: () => travel('future'),

      setSizes: (sizes) => {
        const current = get().sizes;
        let changed = false;
        for (const [id, size] of Object.entries(sizes)) {
          const old = current[id];
          if (!old || old.width !== size.width || old.height !== size.height) changed = true;
        }
        if (changed) set({ sizes: { ...current, ...sizes } });
      },

      setDiagnostics: (diagnostics) => {
        const grouped = groupDiagnostics(diagnostics);
        set({
          diagnostics,
          diagnosticsByNode: grouped.byNode,
          diagnosticsByEdge: grouped.byEdge,
          compiles: grouped.compiles,
        });
      },

      markSaving: () => set({ saveStatus: 'saving' }),
      markSaved: ({ revision, docVersion }) => {
        const state = get();
        const savedVersion = Math.max(state.savedVersion, docVersion);
        set({
          revision,
          savedVersion,
          conflictRevision: null,
          saveStatus: savedVersion === state.docVersion ? 'saved' : 'unsaved',
        });
      },
      markSaveFailed: (kind) => set({ saveStatus: kind }),
      markConflict: (currentRevision) => set({ saveStatus: 'conflict', conflictRevision: currentRevision }),
      adoptRevision: (revision) =>
        set({
          revision,
          conflictRevision: null,
          saveStatus: get().docVersion === get().savedVersion ? 'saved' : 'unsaved',
        }),

      setSimulationTrace: (trace) => {
        if (!sameTrace(get().simulationTrace, trace)) set({ simulationTrace: trace });
      },
    };
  });
}

/** An edit makes the draft unsaved, but a pending conflict or a failing save keeps showing. */
const unsavedStatus = (status: EditorData['saveStatus']): EditorData['saveStatus'] =>
  status === 'conflict' || status === 'offline' || status === 'error' ? status : 'unsaved';

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

const sameTrace = (a: SimulationTrace | null, b: SimulationTrace | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.activeNodeId === b.activeNodeId &&
    sameIds(a.pathNodeIds, b.pathNodeIds) &&
    sameIds(a.pathEdgeIds, b.pathEdgeIds));

/** Keeps the selection to what still exists after undo, redo or a deletion. */
function pruneSelectionOf(doc: FlowDocument, state: EditorData) {
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  return {
    selectedNodeIds: state.selectedNodeIds.filter((id) => nodeIds.has(id)),
    selectedEdgeIds: state.selectedEdgeIds.filter((id) => edgeIds.has(id)),
  };
}
