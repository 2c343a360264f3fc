import { describe, expect, it } from 'vitest';
import { flowDocumentSchema, type FlowDocument } from '@/core';
import { buildLargeFlowDocument } from '@/core/examples/build-large-flow-document';
import { autoLayout } from '@/components/editor/layout/auto-layout';

const SIZE = { width: 240, height: 120 };
type Positions = Record<string, { x: number; y: number }>;

const text = (value: string) => ({ kind: 'text' as const, text: value });

/** trigger → ask → condition; the condition's first branch and its `else` each lead to a message. */
function treeDocument(): FlowDocument {
  return flowDocumentSchema.parse({
    schemaVersion: 2,
    nodes: [
      { id: 'start', type: 'keyword-trigger', data: { keywords: ['hi'] } },
      { id: 'ask', type: 'ask', data: { prompt: [text('Name?')], variable: 'name' } },
      {
        id: 'cond',
        type: 'condition',
        data: { branches: [{ id: 'vip', conditions: [{ kind: 'has-tag', tag: 'vip' }] }] },
      },
      // Listed (nodes and edges) in the opposite order of the ports, so only port order can win.
      { id: 'other', type: 'send-message', data: { messages: [text('Hello')] } },
      { id: 'vip-reply', type: 'send-message', data: { messages: [text('Hello VIP')] } },
    ],
    edges: [
      { id: 'e1', source: 'start', sourcePort: 'out', target: 'ask' },
      { id: 'e2', source: 'ask', sourcePort: 'answer', target: 'cond' },
      { id: 'e3', source: 'cond', sourcePort: 'else', target: 'other' },
      { id: 'e4', source: 'cond', sourcePort: 'vip', target: 'vip-reply' },
    ],
  });
}

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return (
    a.x < b.x + SIZE.width && b.x < a.x + SIZE.width && a.y < b.y + SIZE.height && b.y < a.y + SIZE.height
  );
}

/** Pairs of overlapping nodes, found with a sweep over x (all nodes are SIZE). */
function overlappingPairs(positions: Positions): string[] {
  const sorted = Object.entries(positions).sort(([, a], [, b]) => a.x - b.x);
  const found: string[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const [idA, a] = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]![1].x < a.x + SIZE.width; j += 1) {
      const [idB, b] = sorted[j]!;
      if (overlaps(a, b)) found.push(`${idA} × ${idB}`);
    }
  }
  return found;
}

describe('autoLayout', () => {
  it('lays a tree out top to bottom with branches in port order', async () => {
    const doc = treeDocument();
    const at = await autoLayout({ doc, sizes: {} });

    expect(Object.keys(at).sort()).toEqual(doc.nodes.map((node) => node.id).sort());
    for (const edge of doc.edges) {
      expect(at[edge.target]!.y).toBeGreaterThanOrEqual(at[edge.source]!.y + SIZE.height);
    }
    expect(at['vip-reply']!.y).toBe(at['other']!.y);
    expect(at['vip-reply']!.x + SIZE.width).toBeLessThanOrEqual(at['other']!.x);
    expect(overlappingPairs(at)).toEqual([]);
  });

  it('uses measured sizes', async () => {
    const doc = treeDocument();
    const tall = { width: 300, height: 400 };
    const at = await autoLayout({ doc, sizes: { ask: tall } });
    expect(at['cond']!.y).toBeGreaterThanOrEqual(at['ask']!.y + tall.height);
  });

  it('keeps the top-left corner of what it lays out', async () => {
    const doc = treeDocument();
    doc.nodes.forEach((node, index) => (node.position = { x: 500 + index * 7, y: 300 - index * 3 }));
    const at = await autoLayout({ doc, sizes: {} });
    expect(Math.min(...Object.values(at).map((p) => p.x))).toBe(500);
    expect(Math.min(...Object.values(at).map((p) => p.y))).toBe(300 - 4 * 3);
  });

  it('moves only the given nodes, anchored at their original top-left', async () => {
    const doc = treeDocument();
    doc.nodes.forEach((node, index) => (node.position = { x: 1000 - index * 100, y: 50 + index * 10 }));
    const at = await autoLayout({ doc, sizes: {}, nodeIds: ['cond', 'other', 'vip-reply'] });
    expect(Object.keys(at).sort()).toEqual(['cond', 'other', 'vip-reply']);
    expect(Math.min(...Object.values(at).map((p) => p.x))).toBe(600);
    expect(Math.min(...Object.values(at).map((p) => p.y))).toBe(70);
    expect(at['other']!.y).toBeGreaterThan(at['cond']!.y);
    expect(at['vip-reply']!.x).toBeLessThan(at['other']!.x);
  });

  it('puts disconnected parts side by side with their triggers on the top row', async () => {
    const doc = buildLargeFlowDocument(15);
    const at = await autoLayout({ doc, sizes: {} });
    const triggers = doc.nodes.filter((node) => node.type === 'keyword-trigger').map((node) => at[node.id]!);
    expect(new Set(triggers.map((p) => p.y)).size).toBe(1);
    expect(triggers.map((p) => p.x)).toEqual([...triggers.map((p) => p.x)].sort((a, b) => a - b));
    expect(overlappingPairs(at)).toEqual([]);
  });

  it('survives cycles and keeps forward edges pointing down', async () => {
    const doc = treeDocument();
    doc.edges.push(
      { id: 'back', source: 'other', sourcePort: 'out', target: 'ask' },
      { id: 'self', source: 'vip-reply', sourcePort: 'out', target: 'vip-reply' },
      { id: 'stale', source: 'cond', sourcePort: 'gone', target: 'missing-node' },
    );
    const at = await autoLayout({ doc, sizes: {} });
    expect(at['ask']!.y).toBeGreaterThan(at['start']!.y);
    expect(at['cond']!.y).toBeGreaterThan(at['ask']!.y);
    expect(at['other']!.y).toBeGreaterThan(at['cond']!.y);
    expect(overlappingPairs(at)).toEqual([]);
  });

  it('lays out 1,000 nodes without overlaps and with edges pointing down', async () => {
    const doc = buildLargeFlowDocument(1000);
    const at = await autoLayout({ doc, sizes: {} });
    expect(Object.keys(at)).toHaveLength(doc.nodes.length);
    expect(overlappingPairs(at)).toEqual([]);
    for (const edge of doc.edges) expect(at[edge.target]!.y).toBeGreaterThan(at[edge.source]!.y);
  }, 60_000);

  it('is deterministic', async () => {
    const doc = buildLargeFlowDocument(100);
    const first = await autoLayout({ doc, sizes: {} });
    const second = await autoLayout({ doc, sizes: {} });
    expect(second).toEqual(first);
    expect(await autoLayout({ doc: treeDocument(), sizes: {} })).toEqual(
      await autoLayout({ doc: treeDocument(), sizes: {} }),
    );
  });

  it('returns nothing for an empty selection', async () => {
    expect(await autoLayout({ doc: treeDocument(), sizes: {}, nodeIds: [] })).toEqual({});
  });
});
