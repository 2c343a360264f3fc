import { type FlowEdge } from '../document/flow-document-schema';
import { type FlowNode, type NodeType } from '../document/flow-node-schema';

/**
 * One differing leaf. `path` is written like an accessor: `label`, `data.keywords[1]`,
 * `data.messages[0].text`, `settings.timezone`, `variables.city.defaultValue` (keys that are not
 * identifiers are quoted: `data.headers["Content-Type"]`). A side that does not exist (an added
 * array item, a new key, a new variable) is `undefined`.
 */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** A node present in both documents whose type, label or data differ (position never counts). */
export interface NodeChange {
  id: string;
  /** The node's type in the newer document. */
  type: NodeType;
  /** The node's label in the newer document. */
  label?: string;
  fields: FieldChange[];
}

/** What changed from one flow document to another, for the versions history screen. */
export interface FlowDiff {
  nodes: {
    /** In the newer document's order. */
    added: FlowNode[];
    /** In the older document's order. */
    removed: FlowNode[];
    /** In the newer document's order. */
    changed: NodeChange[];
    /** Ids (newer document's order) of nodes whose only change is their position. */
    moved: string[];
  };
  /** Edges are matched by (source, sourcePort, target): a new edge id alone is not a change. */
  edges: { added: FlowEdge[]; removed: FlowEdge[] };
  /** settings.* and variables.<name>.* changes (variable added: before undefined; removed: after undefined). */
  settings: FieldChange[];
  /** True when nothing but positions changed (nothing behavioural). */
  identical: boolean;
}
