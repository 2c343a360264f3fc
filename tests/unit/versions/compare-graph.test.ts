import { type z } from 'zod';
import { describe, expect, it } from 'vitest';
import { diffFlowDocuments, type FlowDocument, flowDocumentSchema, FLOW_SCHEMA_VERSION } from '@/core';
import { compareGraph } from '@/components/versions/compare-graph';
import { diffCounts } from '@/components/versions/diff-counts';

type DocumentInput = Omit<z.input<typeof flowDocumentSchema>, 'schemaVersion'>;

const flow = (input: DocumentInput): FlowDocument =>
  flowDocumentSchema.parse({ schemaVersion: FLOW_SCHEMA_VERSION, ...input });

const before = flow({
  nodes: [
    {
      id: 'trigger',
      type: 'keyword-trigger',
      position: { x: 0, y: 0 },
      data: { keywords: ['hi'], match: 'exact' },
    },
    {
      id: 'greet',
      type: 'send-message',
      position: { x: 300, y: 0 },
      data: { messages: [{ kind: 'text', text: 'Welcome!' }] },
    },
    { id: 'old', type: 'end', position: { x: 600, y: 0 }, data: {} },
    { id: 'still', type: 'end', position: { x: 0, y: 300 }, data: {} },
    { id: 'drift', type: 'end', position: { x: 0, y: 600 }, data: {} },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourcePort: 'out', target: 'greet' },
    { id: 'e2', source: 'greet', sourcePort: 'out', target: 'old' },
  ],
});

const after = flow({
  nodes: [
    {
      id: 'trigger',
      type: 'keyword-trigger',
      position: { x: 0, y: 0 },
      data: { keywords: ['hi'], match: 'exact' },
    },
    {
      id: 'greet',
      type: 'send-message',
      position: { x: 300, y: 0 },
      data: { messages: [{ kind: 'text', text: 'Hello there!' }] },
    },
    { id: 'new', type: 'end', position: { x: 900, y: 0 }, data: {} },
    { id: 'still', type: 'end', position: { x: 0, y: 300 }, data: {} },
    { id: 'drift', type: 'end', position: { x: 50, y: 650 }, data: {} },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourcePort: 'out', target: 'greet' },
    // Reuses the id of the removed edge for a different connection.
    { id: 'e2', source: 'greet', sourcePort: 'out', target: 'new' },
  ],
});

const diff = diffFlowDocuments(before, after);

describe('compareGraph', () => {
  const graph = compareGraph({ before, after, diff });

  it('gives every node of both documents one status, removed ones at their old position', () => {
    const byId = Object.fromEntries(graph.nodes.map((n) => [n.id, [n.status, n.position]]));
    expect(byId).toEqual({
      trigger: ['unchanged', { x: 0, y: 0 }],
      greet: ['changed', { x: 300, y: 0 }],
      new: ['added', { x: 900, y: 0 }],
      still: ['unchanged', { x: 0, y: 300 }],
      drift: ['moved', { x: 50, y: 650 }],
      old: ['removed', { x: 600, y: 0 }],
    });
  });

  it('keeps edge ids unique and marks added and removed connections', () => {
    expect(graph.edges.map((e) => [e.id, e.status, e.edge.target])).toEqual([
      ['e1', 'unchanged', 'greet'],
      ['e2', 'added', 'new'],
      ['e2~removed', 'removed', 'old'],
    ]);
  });
});

describe('diffCounts', () => {
  it('lists the non-zero counts in reading order', () => {
    expect(diffCounts(diff)).toEqual([
      { key: 'nodesAdded', count: 1 },
      { key: 'nodesRemoved', count: 1 },
      { key: 'nodesChanged', count: 1 },
      { key: 'nodesMoved', count: 1 },
      { key: 'edgesAdded', count: 1 },
      { key: 'edgesRemoved', count: 1 },
    ]);
  });

  it('is empty for identical documents', () => {
    expect(diffCounts(diffFlowDocuments(before, before))).toEqual([]);
  });
});
