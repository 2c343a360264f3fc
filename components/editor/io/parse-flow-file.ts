import { type FlowDocument, flowFileTestsSchema, parseFlowDocument, type TestCase } from '@/core';
import { locateJsonError } from './locate-json-error';

/** Files above this size are refused before they are read. */
export const MAX_FLOW_FILE_BYTES = 5 * 1024 * 1024;

/** Why a file cannot be imported, as data (the dialog words it in the UI language). */
export type FlowFileError =
  | { code: 'too-large'; maxBytes: number }
  | { code: 'unreadable' }
  | { code: 'invalid-json'; detail: string; line: number | null; column: number | null }
  | { code: 'not-an-object' }
  | { code: 'unknown-format'; format: string }
  | { code: 'unsupported-version'; version: string }
  | { code: 'missing-document' }
  /** One issue of the flow document; `path` is dotted from the document root ("" = the root). */
  | { code: 'invalid-document'; path: string; message: string }
  /** One issue of the export's `tests`; `path` is dotted from `tests` ("3.steps.0" = test 4, step 1). */
  | { code: 'invalid-tests'; path: string; message: string };

/** `tests`: the export's test cases, present only when the file has a `tests` list. */
export type ParseFlowFileResult =
  | { ok: true; name?: string; document: FlowDocument; tests?: TestCase[] }
  | { ok: false; errors: FlowFileError[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Line and column (1-based) of the first JSON syntax error in `text`. */
function positionOf(text: string): { line: number | null; column: number | null } {
  const offset = locateJsonError(text);
  if (offset === null) return { line: null, column: null };
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function nameFromFileName(fileName: string | undefined): string | undefined {
  const stem = fileName?.replace(/\.replyflow\.json$|\.json$/i, '').trim();
  return stem ? stem : undefined;
}

/**
 * Reads the text of an imported file: a `replyflow/flow` v1 export or a bare flow document (older
 * schema versions are migrated). The name is the export's, else the file name without extension.
 * An export's `tests` are validated too (a file whose test cases are broken is refused whole).
 * Errors are precise and complete (every document and test case issue is listed).
 */
export function parseFlowFile(input: { text: string; fileName?: string }): ParseFlowFileResult {
  const text = input.text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ code: 'invalid-json', detail, ...positionOf(text) }] };
  }
  if (!isRecord(json)) return { ok: false, errors: [{ code: 'not-an-object' }] };

  let documentJson: unknown = json;
  let testsJson: unknown;
  let name = nameFromFileName(input.fileName);
  if ('format' in json) {
    if (json.format !== 'replyflow/flow')
      return { ok: false, errors: [{ code: 'unknown-format', format: String(json.format) }] };
    if (json.version !== 1)
      return { ok: false, errors: [{ code: 'unsupported-version', version: String(json.version) }] };
    if (!('document' in json)) return { ok: false, errors: [{ code: 'missing-document' }] };
    documentJson = json.document;
    if (json.tests !== undefined) testsJson = json.tests;
    if (typeof json.name === 'string' && json.name.trim()) name = json.name.trim();
  }

  const parsed = parseFlowDocument(documentJson);
  const tests = flowFileTestsSchema.optional().safeParse(testsJson);
  const errors: FlowFileError[] = [
    ...(parsed.ok
      ? []
      : parsed.issues.map((issue) => ({
          code: 'invalid-document' as const,
          path: issue.path,
          message: issue.message,
        }))),
    ...(tests.success
      ? []
      : tests.error.issues.map((issue) => ({
          code: 'invalid-tests' as const,
          path: issue.path.map(String).join('.'),
          message: issue.message,
        }))),
  ];
  if (!parsed.ok || !tests.success) return { ok: false, errors };
  return {
    ok: true,
    document: parsed.document,
    ...(tests.data ? { tests: tests.data } : {}),
    ...(name ? { name } : {}),
  };
}
