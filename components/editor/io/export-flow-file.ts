import { type FlowDocument, type TestCase } from '@/core';
import { type FlowFile } from './flow-file-schema';

/** A file name's stem from a flow name: letters and digits of any script, joined by dashes. */
function slugOf(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'flow';
}

/**
 * The content (pretty-printed `replyflow/flow` v1 JSON) and file name of a flow export. Pure. The
 * flow's test cases go in `tests` when given (left out when absent, so older readers are unaffected).
 */
export function exportFlowFile(input: {
  name: string;
  document: FlowDocument;
  tests?: TestCase[];
  now?: Date;
}): {
  filename: string;
  content: string;
} {
  const file: FlowFile = {
    format: 'replyflow/flow',
    version: 1,
    name: input.name,
    exportedAt: (input.now ?? new Date()).toISOString(),
    document: input.document,
    ...(input.tests ? { tests: input.tests } : {}),
  };
  return { filename: `${slugOf(input.name)}.replyflow.json`, content: `${JSON.stringify(file, null, 2)}\n` };
}
