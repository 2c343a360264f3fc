import { type FlowDocument, flowDocumentSchema } from '../document/flow-document-schema';

/** Where each node of a chain sits inside its block (a small tree), and how blocks are tiled. */
const SLOTS = {
  kw: { x: 140, y: 0 },
  cond: { x: 140, y: 180 },
  vip: { x: 0, y: 360 },
  std: { x: 280, y: 360 },
  set: { x: 140, y: 540 },
} as const;
const BLOCK = { width: 600, height: 760, columns: 16 } as const;

/**
 * A synthetic document of about `size` nodes for benchmarks: chains of keyword trigger →
 * condition → two sends → set-variable, so every analysis has real work to do. Laid out readably
 * for the editor: each chain is a small tree, chains are blocks in rows of 16 (on the 20 px grid).
 */
export function buildLargeFlowDocument(size: number): FlowDocument {
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  const edge = (source: string, sourcePort: string, target: string) =>
    edges.push({ id: `${source}.${sourcePort}`, source, sourcePort, target });
  for (let chain = 0; nodes.length < size; chain += 1) {
    const id = (name: keyof typeof SLOTS) => `${name}-${chain}`;
    const at = (name: keyof typeof SLOTS) => ({
      x: (chain % BLOCK.columns) * BLOCK.width + SLOTS[name].x,
      y: Math.floor(chain / BLOCK.columns) * BLOCK.height + SLOTS[name].y,
    });
    nodes.push(
      {
        id: id('kw'),
        position: at('kw'),
        type: 'keyword-trigger',
        data: { keywords: [`keyword ${chain}`, `kw${chain}`] },
      },
      {
        id: id('cond'),
        position: at('cond'),
        type: 'condition',
        data: {
          branches: [
            { id: 'vip', conditions: [{ kind: 'has-tag', tag: 'vip' }] },
            {
              id: 'hours',
              conditions: [{ kind: 'time-window', window: { hours: [{ start: '09:00', end: '18:00' }] } }],
            },
          ],
        },
      },
      {
        id: id('vip'),
        position: at('vip'),
        type: 'send-message',
        data: { messages: [{ kind: 'text', text: `VIP {{ contact.name }} ${chain}` }] },
      },
      {
        id: id('std'),
        position: at('std'),
        type: 'send-message',
        data: { messages: [{ kind: 'text', text: `Hello {{ last }} ${chain}` }] },
      },
      {
        id: id('set'),
        position: at('set'),
        type: 'set-variable',
        data: { assignments: [{ variable: 'last', value: `${chain}` }] },
      },
    );
    edge(id('kw'), 'out', id('cond'));
    edge(id('cond'), 'vip', id('vip'));
    edge(id('cond'), 'hours', id('std'));
    edge(id('cond'), 'else', id('std'));
    edge(id('vip'), 'out', id('set'));
    edge(id('std'), 'out', id('set'));
  }
  return flowDocumentSchema.parse({
    schemaVersion: 2,
    variables: [{ name: 'last', defaultValue: '' }],
    nodes,
    edges,
  });
}
