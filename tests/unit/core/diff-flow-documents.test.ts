import { type z } from 'zod';
import { describe, expect, it } from 'vitest';
import { diffFlowDocuments, type FlowDocument, flowDocumentSchema, FLOW_SCHEMA_VERSION } from '@/core';

type DocumentInput = Omit<z.input<typeof flowDocumentSchema>, 'schemaVersion'>;

function flow(input: DocumentInput): FlowDocument {
  return flowDocumentSchema.parse({ schemaVersion: FLOW_SCHEMA_VERSION, ...input });
}

/** Version 3 of a small flow; each test edits a copy of it into "version 5". */
function version3(): DocumentInput {
  return {
    settings: { timezone: 'Asia/Shanghai', stepBudget: 100 },
    variables: [
      { name: 'city', defaultValue: 'Beijing', description: 'Where the user lives' },
      { name: 'count', defaultValue: 0 },
    ],
    nodes: [
      {
        id: 'trigger',
        type: 'keyword-trigger',
        label: 'Hello',
        position: { x: 0, y: 0 },
        data: { keywords: ['hi', 'hello'], match: 'exact' },
      },
      {
        id: 'greet',
        type: 'send-message',
        position: { x: 300, y: 0 },
        data: { messages: [{ kind: 'text', text: 'Welcome!' }] },
      },
      { id: 'done', type: 'end', label: 'Done', position: { x: 600, y: 0 }, data: {} },
    ],
    edges: [
      { id: 'e1', source: 'trigger', sourcePort: 'out', target: 'greet' },
      { id: 'e2', source: 'greet', sourcePort: 'out', target: 'done' },
    ],
  };
}

/** Diffs version 3 against a copy of it changed by `edit`. */
function diffAfter(edit: (document: DocumentInput) => void) {
  const after = structuredClone(version3());
  edit(after);
  return diffFlowDocuments(flow(version3()), flow(after));
}

function node(document: DocumentInput, id: string) {
  const found = document.nodes?.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

const EMPTY_NODES = { added: [], removed: [], changed: [], moved: [] };
const EMPTY_EDGES = { added: [], removed: [] };

describe('diffFlowDocuments', () => {
  it('finds nothing between identical documents', () => {
    expect(diffFlowDocuments(flow(version3()), flow(version3()))).toEqual({
      nodes: EMPTY_NODES,
      edges: EMPTY_EDGES,
      settings: [],
      identical: true,
    });
  });

  it('lists nodes whose only change is position as moved, and stays identical', () => {
    const diff = diffAfter((document) => {
      node(document, 'greet').position = { x: 320, y: 40 };
      node(document, 'trigger').position = { x: 0, y: 10 };
    });
    expect(diff).toEqual({
      nodes: { ...EMPTY_NODES, moved: ['trigger', 'greet'] },
      edges: EMPTY_EDGES,
      settings: [],
      identical: true,
    });
  });

  it('reports added nodes in the newer order and removed nodes in the older order', () => {
    const diff = diffAfter((document) => {
      document.nodes = document.nodes?.filter(
        (candidate) => candidate.id !== 'trigger' && candidate.id !== 'done',
      );
      document.nodes?.push(
        { id: 'ask', type: 'ask', data: {} },
        { id: 'tag', type: 'tag-contact', data: {} },
      );
    });
    expect(diff.nodes.added.map((added) => added.id)).toEqual(['ask', 'tag']);
    expect(diff.nodes.added[0]).toMatchObject({ id: 'ask', type: 'ask' });
    expect(diff.nodes.removed.map((removed) => removed.id)).toEqual(['trigger', 'done']);
    expect(diff.nodes.changed).toEqual([]);
    expect(diff.identical).toBe(false);
  });

  it('gives the index path of a changed keyword', () => {
    const diff = diffAfter((document) => {
      node(document, 'trigger').data = { keywords: ['hi', 'hey'], match: 'exact' };
    });
    expect(diff.nodes.changed).toEqual([
      {
        id: 'trigger',
        type: 'keyword-trigger',
        label: 'Hello',
        fields: [{ path: 'data.keywords[1]', before: 'hello', after: 'hey' }],
      },
    ]);
    expect(diff.identical).toBe(false);
  });

  it('reports extra and missing array items with an undefined side', () => {
    const added = diffAfter((document) => {
      node(document, 'trigger').data = { keywords: ['hi', 'hello', 'hey'] };
    });
    expect(added.nodes.changed[0]?.fields).toEqual([
      { path: 'data.keywords[2]', before: undefined, after: 'hey' },
    ]);
    const removed = diffAfter((document) => {
      node(document, 'trigger').data = { keywords: ['hi'] };
    });
    expect(removed.nodes.changed[0]?.fields).toEqual([
      { path: 'data.keywords[1]', before: 'hello', after: undefined },
    ]);
  });

  it('gives the nested path of a changed message text', () => {
    const diff = diffAfter((document) => {
      node(document, 'greet').data = { messages: [{ kind: 'text', text: 'Welcome back!' }] };
    });
    expect(diff.nodes.changed).toEqual([
      {
        id: 'greet',
        type: 'send-message',
        fields: [{ path: 'data.messages[0].text', before: 'Welcome!', after: 'Welcome back!' }],
      },
    ]);
    expect(diff.nodes.changed[0]).not.toHaveProperty('label');
  });

  it('reports label changes, and a changed node that also moved only as changed', () => {
    const diff = diffAfter((document) => {
      const done = node(document, 'done');
      done.label = 'Finished';
      done.position = { x: 900, y: 0 };
      delete node(document, 'trigger').label;
    });
    expect(diff.nodes.changed).toEqual([
      {
        id: 'trigger',
        type: 'keyword-trigger',
        fields: [{ path: 'label', before: 'Hello', after: undefined }],
      },
      {
        id: 'done',
        type: 'end',
        label: 'Finished',
        fields: [{ path: 'label', before: 'Done', after: 'Finished' }],
      },
    ]);
    expect(diff.nodes.moved).toEqual([]);
  });

  it('orders fields by the newer node, then keys only in the older one', () => {
    const diff = diffAfter((document) => {
      node(document, 'trigger').label = 'Greeting';
      node(document, 'trigger').data = { keywords: ['hi', 'hey'], match: 'contains', priority: 2 };
    });
    expect(diff.nodes.changed[0]?.fields.map((field) => field.path)).toEqual([
      'label',
      'data.keywords[1]',
      'data.match',
      'data.priority',
    ]);
  });

  it('reports a type change once, followed by the data leaf changes', () => {
    const diff = diffAfter((document) => {
      const done = node(document, 'done');
      Object.assign(done, { type: 'handoff', data: {} });
    });
    const change = diff.nodes.changed[0];
    expect(change).toMatchObject({ id: 'done', type: 'handoff', label: 'Done' });
    expect(change?.fields[0]).toEqual({ path: 'type', before: 'end', after: 'handoff' });
    expect(change?.fields.filter((field) => field.path === 'type')).toHaveLength(1);
    expect(change?.fields.slice(1).every((field) => field.path.startsWith('data.'))).toBe(true);
    expect(change?.fields).toContainEqual({ path: 'data.clearVariables', before: false, after: undefined });
  });

  it('ignores an undefined value against a missing key', () => {
    const before = flow(version3());
    const after = flow(version3());
    Object.assign(after.nodes[1]!, { label: undefined });
    Object.assign(after.variables[1]!, { description: undefined });
    expect(diffFlowDocuments(before, after).identical).toBe(true);
  });

  it('matches edges by connection, so new edge ids alone are not a change', () => {
    const diff = diffAfter((document) => {
      document.edges = document.edges?.map((edge) => ({ ...edge, id: `copy-${edge.id}` })).reverse();
    });
    expect(diff.edges).toEqual(EMPTY_EDGES);
    expect(diff.identical).toBe(true);
  });

  it('reports a retargeted edge as one removed and one added', () => {
    const diff = diffAfter((document) => {
      document.nodes?.push({ id: 'bye', type: 'end', position: { x: 600, y: 200 }, data: {} });
      document.edges = [
        { id: 'e1', source: 'trigger', sourcePort: 'out', target: 'greet' },
        { id: 'e2', source: 'greet', sourcePort: 'out', target: 'bye' },
      ];
    });
    expect(diff.edges).toEqual({
      added: [{ id: 'e2', source: 'greet', sourcePort: 'out', target: 'bye' }],
      removed: [{ id: 'e2', source: 'greet', sourcePort: 'out', target: 'done' }],
    });
    expect(diff.nodes.added.map((added) => added.id)).toEqual(['bye']);
  });

  it('matches duplicate connections one for one', () => {
    const diff = diffAfter((document) => {
      document.edges?.push({ id: 'e3', source: 'greet', sourcePort: 'out', target: 'done' });
    });
    expect(diff.edges).toEqual({
      added: [{ id: 'e3', source: 'greet', sourcePort: 'out', target: 'done' }],
      removed: [],
    });
  });

  it('reports settings changes', () => {
    const diff = diffAfter((document) => {
      document.settings = { timezone: 'Europe/Paris', stepBudget: 50 };
    });
    expect(diff.settings).toEqual([
      { path: 'settings.timezone', before: 'Asia/Shanghai', after: 'Europe/Paris' },
      { path: 'settings.stepBudget', before: 100, after: 50 },
    ]);
    expect(diff.nodes).toEqual(EMPTY_NODES);
    expect(diff.identical).toBe(false);
  });

  it('matches variables by name and reports default value changes', () => {
    const diff = diffAfter((document) => {
      document.variables = [
        { name: 'count', defaultValue: 0 },
        { name: 'city', defaultValue: 'Shanghai', description: 'Where the user lives' },
      ];
    });
    expect(diff.settings).toEqual([
      { path: 'variables.city.defaultValue', before: 'Beijing', after: 'Shanghai' },
    ]);
  });

  it('reports added and removed variables with an undefined side', () => {
    const diff = diffAfter((document) => {
      document.variables = [
        { name: '城市', defaultValue: '北京' },
        { name: 'count', defaultValue: 0, description: 'Messages seen' },
      ];
    });
    expect(diff.settings).toEqual([
      { path: 'variables.城市', before: undefined, after: { defaultValue: '北京' } },
      { path: 'variables.count.description', before: undefined, after: 'Messages seen' },
      {
        path: 'variables.city',
        before: { defaultValue: 'Beijing', description: 'Where the user lives' },
        after: undefined,
      },
    ]);
  });

  it('quotes keys that are not identifiers', () => {
    const before = flow(version3());
    const after = flow(version3());
    Object.assign(after.nodes[1]!.data, { 'x-extra': 1 });
    expect(diffFlowDocuments(before, after).nodes.changed[0]?.fields).toEqual([
      { path: 'data["x-extra"]', before: undefined, after: 1 },
    ]);
  });

  it('does not modify its inputs', () => {
    const before = flow(version3());
    const after = flow({ ...version3(), settings: { timezone: 'UTC', stepBudget: 10 } });
    const snapshot = structuredClone([before, after]);
    diffFlowDocuments(before, after);
    expect([before, after]).toEqual(snapshot);
  });
});
