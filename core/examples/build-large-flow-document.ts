import { type FlowDocument, flowDocumentSchema } from '../document/flow-document-schema';

/**
 * A synthetic document of about `size` nodes for benchmarks: chains of keyword trigger →
 * condition → two sends → set-variable, so every analysis has real work to do.
 */
export function buildLargeFlowDocument(size: number): FlowDocument {
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  const edge = (source: string, sourcePort: string, target: string) =>
    edges.push({ id: `${source}.${sourcePort}`, source, sourcePort, target });
  for (let chain = 0; nodes.length < size; chain += 1) {
    const id = (name: string) => `${name}-${chain}`;
    nodes.push(
      { id: id('kw'), type: 'keyword-trigger', data: { keywords: [`keyword ${chain}`, `kw${chain}`] } },
      {
        id: id('cond'),
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
        type: 'send-message',
        data: { messages: [{ kind: 'text', text: `VIP {{ contact.name }} ${chain}` }] },
      },
      {
        id: id('std'),
        type: 'send-message',
        data: { messages: [{ kind: 'text', text: `Hello {{ last }} ${chain}` }] },
      },
      {
        id: id('set'),
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
