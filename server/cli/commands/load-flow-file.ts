import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { flowFileSchema, type FlowDocument, parseFlowDocument, type TestCase } from '@/core';

type Loaded =
  { ok: true; document: FlowDocument; tests: TestCase[]; name?: string } | { ok: false; message: string };

/** The export wrapper with its document left to `parseFlowDocument` (which migrates older versions). */
const wrapperSchema = flowFileSchema.extend({ document: z.unknown() });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function invalid(file: string, what: string, issues: { path: string; message: string }[]): Loaded {
  const lines = issues.map((issue) => `  ${issue.path || '(root)'}: ${issue.message}`);
  return { ok: false, message: [`${file} is not a valid ${what}:`, ...lines].join('\n') };
}

/**
 * Reads, parses and migrates a flow file: either a bare flow document or an editor export
 * (`format: "replyflow/flow"`, which may carry the flow's test cases and its name). Used by
 * `validate`, `simulate` and `test`; every failure is a message for the user (each problem as
 * `path: message`), never an exception. A bare document has no test cases.
 */
export async function loadFlowFile(file: string): Promise<Loaded> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `${file} is not valid JSON: ${(error as Error).message}` };
  }
  let documentJson = json;
  let tests: TestCase[] = [];
  let name: string | undefined;
  if (isRecord(json) && 'format' in json) {
    const wrapper = wrapperSchema.safeParse(json);
    if (!wrapper.success)
      return invalid(
        file,
        'flow file',
        wrapper.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message,
        })),
      );
    documentJson = wrapper.data.document;
    tests = wrapper.data.tests ?? [];
    name = wrapper.data.name.trim() || undefined;
  }
  const parsed = parseFlowDocument(documentJson);
  if (!parsed.ok) {
    const prefix = documentJson === json ? '' : 'document.';
    return invalid(
      file,
      'flow document',
      parsed.issues.map((issue) => ({
        path: issue.path ? `${prefix}${issue.path}` : prefix.slice(0, -1),
        message: issue.message,
      })),
    );
  }
  return { ok: true, document: parsed.document, tests, ...(name ? { name } : {}) };
}
