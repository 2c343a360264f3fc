import { type Diagnostic, type FlowDocument, type FlowNode, type NodeType } from '@/core';
import { type ClipboardFragment } from './clipboard-fragment';

export interface XY {
  x: number;
  y: number;
}

/** Where the draft stands against the server. `offline` and `error` keep retrying; `conflict` waits. */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'offline' | 'error' | 'conflict';

export type AlignMode =
  'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom' | 'distribute-horizontal' | 'distribute-vertical';

export type SelectMode = 'replace' | 'add' | 'toggle';

/**
 * What the simulator shows on the canvas: the node the test conversation is at, and the nodes and
 * edges its last step went through. View state only: never part of the document or its history.
 */
export interface SimulationTrace {
  activeNodeId: string | null;
  pathNodeIds: string[];
  pathEdgeIds: string[];
}

/**
 * The state of one editor instance. The flow document is the single source of truth; the canvas
 * derives React Flow nodes and edges from it. Every change to the document goes through an action,
 * which is what makes undo/redo and autosave exact.
 */
export interface EditorData {
  doc: FlowDocument;
  /** Bumped by every change that is not a pure move (what the compiler looks at). */
  structureVersion: number;
  /** Bumped by every change at all (what autosave looks at). */
  docVersion: number;
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  /** Measured node sizes, reported by the canvas (for align, layout and insert-on-edge). */
  sizes: Record<string, { width: number; height: number }>;
  past: FlowDocument[];
  future: FlowDocument[];
  /** Latest compiler findings for `doc`, grouped for badges; `compiles` = no error. */
  diagnostics: Diagnostic[];
  diagnosticsByNode: Record<string, Diagnostic[]>;
  diagnosticsByEdge: Record<string, Diagnostic[]>;
  compiles: boolean;
  /** Server revision the draft was last loaded at or saved as. */
  revision: number;
  /** `docVersion` that was last saved (or loaded); `docVersion !== savedVersion` means unsaved edits. */
  savedVersion: number;
  saveStatus: SaveStatus;
  /** Revision someone else saved, while `saveStatus === 'conflict'`. */
  conflictRevision: number | null;
  readOnly: boolean;
  /** The simulator's live trace, or null while no simulation is shown. */
  simulationTrace: SimulationTrace | null;
}

export interface EditorActions {
  /** Replaces everything (first load, "reload theirs"); clears history. */
  load(input: { doc: FlowDocument; revision: number; readOnly?: boolean }): void;
  /** Creates a node of `type` with its default data at `position` (flow coordinates); selects it. */
  addNode(input: { type: NodeType; position: XY; data?: FlowNode['data'] }): string;
  /**
   * Creates a node and connects `from.nodeId`'s output `from.port` to it (quick-add from a handle);
   * an existing edge from that port is replaced.
   */
  addConnectedNode(input: { type: NodeType; position: XY; from: { nodeId: string; port: string } }): string;
  /**
   * Creates a node in the middle of an edge: source → new node (its first output) → old target.
   * A node type without outputs just takes the edge's place as its target.
   */
  insertNodeOnEdge(input: { type: NodeType; position: XY; edgeId: string }): string;
  /**
   * Replaces a node's data. Consecutive updates with the same `coalesceKey` within a second form one
   * undo step (typing in a field is one step, not one per key).
   */
  updateNodeData(nodeId: string, data: FlowNode['data'], options?: { coalesceKey?: string }): void;
  setNodeLabel(nodeId: string, label: string): void;
  /**
   * Moves nodes. While `dragging`, the first move of a gesture remembers the document and later moves
   * add nothing to history; the final move (`dragging: false`) makes the whole drag one undo step.
   */
  moveNodes(moves: Array<{ id: string; position: XY }>, options: { dragging: boolean }): void;
  /** Connects an output to a node; replaces an existing edge from that output. Refuses entry targets. */
  connect(input: { source: string; sourcePort: string; target: string }): boolean;
  deleteNodes(nodeIds: string[]): void;
  deleteEdges(edgeIds: string[]): void;
  deleteSelection(): void;
  select(input: { nodeIds?: string[]; edgeIds?: string[]; mode?: SelectMode }): void;
  selectAll(): void;
  clearSelection(): void;
  duplicateSelection(): void;
  /** The selected nodes and the edges between them, ready for the clipboard; null when nothing is selected. */
  copySelection(): ClipboardFragment | null;
  /** Pastes with fresh ids, offset (or centred on `at`), and selects the result. */
  paste(fragment: ClipboardFragment, options?: { at?: XY }): void;
  alignSelection(mode: AlignMode): void;
  /** Applies computed positions (auto-layout) as one undo step. */
  applyPositions(positions: Record<string, XY>): void;
  setVariables(variables: FlowDocument['variables']): void;
  setSettings(settings: FlowDocument['settings']): void;
  /** Replaces the document (import into this flow) as one undo step. */
  replaceDocument(doc: FlowDocument): void;
  undo(): void;
  redo(): void;
  setSizes(sizes: Record<string, { width: number; height: number }>): void;
  setDiagnostics(diagnostics: Diagnostic[]): void;
  markSaving(): void;
  /** The save of `docVersion` succeeded as `revision`. */
  markSaved(input: { revision: number; docVersion: number }): void;
  markSaveFailed(kind: 'offline' | 'error'): void;
  markConflict(currentRevision: number): void;
  /** After "overwrite": keep the document, adopt the server's revision so the next save wins. */
  adoptRevision(revision: number): void;
  /** Shows (or clears) the simulator's trace; no undo step, no version bump, no autosave. */
  setSimulationTrace(trace: SimulationTrace | null): void;
}

export type EditorState = EditorData & EditorActions;
