import { type z } from 'zod';
import { type FlowDocument, flowDocumentSchema } from '../document/flow-document-schema';
import { type flowNodeSchema } from '../document/flow-node-schema';

type DocumentInput = Omit<z.input<typeof flowDocumentSchema>, 'edges' | 'schemaVersion' | 'nodes'>;
type NodeInput = z.input<typeof flowNodeSchema>;

const COLUMNS = 4;

/**
 * Builds an example document from nodes (data may omit fields that have defaults; nodes without
 * a position are laid out on a grid in the order given) and compact edges written `[source, port, target]`.
 */
export function defineExampleDocument(options: {
  document: DocumentInput;
  nodes: NodeInput[];
  edges: [source: string, port: string, target: string][];
}): FlowDocument {
  return flowDocumentSchema.parse({
    ...options.document,
    schemaVersion: 2,
    nodes: options.nodes.map((node, index) => ({
      ...node,
      position: node.position ?? { x: (index % COLUMNS) * 300, y: Math.floor(index / COLUMNS) * 200 },
    })),
    edges: options.edges.map(([source, sourcePort, target]) => ({
      id: `${source}.${sourcePort}->${target}`,
      source,
      sourcePort,
      target,
    })),
  });
}
