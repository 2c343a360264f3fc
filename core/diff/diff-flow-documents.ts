import { type FlowDocument, type FlowEdge } from '../document/flow-document-schema';
import { type FlowNode } from '../document/flow-node-schema';
import { type FieldChange, type FlowDiff, type NodeChange } from './flow-diff';

type Variable = FlowDocument['variables'][number];

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/**
 * What changed from `before` to `after`. Pure and deterministic: nodes are matched by id, edges by
 * (source, sourcePort, target) because copy/paste regenerates edge ids, variables by name (the
 * first of a repeated name wins). Positions only ever show up in `nodes.moved`; a key holding
 * `undefined` counts the same as a missing key. Lists follow the order of the document an entry
 * comes from (added, changed, moved: `after`; removed: `before`).
 */
export function diffFlowDocuments(before: FlowDocument, after: FlowDocument): FlowDiff {
  const nodes = diffNodes(before.nodes, after.nodes);
  const edges = diffEdges(before.edges, after.edges);
  const settings = [
    ...diffValues(before.settings, after.settings, 'settings'),
    ...diffVariables(before.variables, after.variables),
  ];
  const identical =
    nodes.added.length === 0 &&
    nodes.removed.length === 0 &&
    nodes.changed.length === 0 &&
    edges.added.length === 0 &&
    edges.removed.length === 0 &&
    settings.length === 0;
  return { nodes, edges, settings, identical };
}

function diffNodes(before: FlowNode[], after: FlowNode[]): FlowDiff['nodes'] {
  const beforeById = firstById(before);
  const afterById = firstById(after);
  const added: FlowNode[] = [];
  const changed: NodeChange[] = [];
  const moved: string[] = [];
  for (const node of after) {
    const old = beforeById.get(node.id);
    if (!old) {
      added.push(node);
      continue;
    }
    if (afterById.get(node.id) !== node) continue; // a repeated id: only its first node is compared
    const fields = diffValues(withoutIdentity(old), withoutIdentity(node), '');
    if (fields.length > 0) {
      changed.push({
        id: node.id,
        type: node.type,
        ...(node.label === undefined ? {} : { label: node.label }),
        fields,
      });
    } else if (old.position.x !== node.position.x || old.position.y !== node.position.y) {
      moved.push(node.id);
    }
  }
  const removed = before.filter((node) => !afterById.has(node.id));
  return { added, removed, changed, moved };
}

/** The node minus id and position (neither is a behavioural change); key order is kept. */
function withoutIdentity(node: FlowNode): Record<string, unknown> {
  const { id: _id, position: _position, ...rest } = node;
  return rest;
}

function firstById(nodes: FlowNode[]): Map<string, FlowNode> {
  const byId = new Map<string, FlowNode>();
  for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  return byId;
}

/** Edges as multisets of connections: duplicates are matched one for one. */
function diffEdges(before: FlowEdge[], after: FlowEdge[]): FlowDiff['edges'] {
  return { added: unmatchedEdges(after, before), removed: unmatchedEdges(before, after) };
}

/** The edges of `edges` left over once each connection in `others` has consumed one of them. */
function unmatchedEdges(edges: FlowEdge[], others: FlowEdge[]): FlowEdge[] {
  const available = new Map<string, number>();
  for (const edge of others)
    available.set(connectionKey(edge), (available.get(connectionKey(edge)) ?? 0) + 1);
  return edges.filter((edge) => {
    const count = available.get(connectionKey(edge)) ?? 0;
    if (count === 0) return true;
    available.set(connectionKey(edge), count - 1);
    return false;
  });
}

function connectionKey(edge: FlowEdge): string {
  return JSON.stringify([edge.source, edge.sourcePort, edge.target]);
}

function diffVariables(before: Variable[], after: Variable[]): FieldChange[] {
  const beforeByName = firstByName(before);
  const afterByName = firstByName(after);
  const changes: FieldChange[] = [];
  for (const [name, variable] of afterByName) {
    const old = beforeByName.get(name);
    changes.push(...diffValues(old && withoutName(old), withoutName(variable), joinKey('variables', name)));
  }
  for (const [name, variable] of beforeByName) {
    if (!afterByName.has(name))
      changes.push({ path: joinKey('variables', name), before: withoutName(variable), after: undefined });
  }
  return changes;
}

function firstByName(variables: Variable[]): Map<string, Variable> {
  const byName = new Map<string, Variable>();
  for (const variable of variables) if (!byName.has(variable.name)) byName.set(variable.name, variable);
  return byName;
}

function withoutName(variable: Variable): Record<string, unknown> {
  const { name: _name, ...rest } = variable;
  return rest;
}

/**
 * The differing leaves between two JSON-like values: plain objects are compared key by key (keys
 * of `after` in order, then keys only in `before`), arrays index by index, anything else with
 * `===`. Where one side is missing or the two are of different shapes, the whole value is one
 * change at that path.
 */
function diffValues(before: unknown, after: unknown, path: string): FieldChange[] {
  if (before === after) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: FieldChange[] = [];
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      changes.push(...diffValues(before[index], after[index], `${path}[${index}]`));
    }
    return changes;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(after), ...Object.keys(before)]);
    return [...keys].flatMap((key) => diffValues(before[key], after[key], joinKey(path, key)));
  }
  return [{ path, before, after }];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function joinKey(path: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}
