import { type FlowDocument, flowDocumentSchema } from './flow-document-schema';
import { migrateFlowDocument } from './migrate-flow-document';

export interface ParseIssue {
  /** Dotted path into the document, e.g. `nodes.3.data.keywords`; "" for the root. */
  path: string;
  message: string;
}

export type ParseFlowDocumentResult =
  { ok: true; document: FlowDocument } | { ok: false; issues: ParseIssue[] };

/** Validates untrusted JSON as a flow document, migrating older schema versions first. */
export function parseFlowDocument(input: unknown): ParseFlowDocumentResult {
  const migrated = migrateFlowDocument(input);
  if (!migrated.ok) return { ok: false, issues: [{ path: '', message: migrated.message }] };
  const result = flowDocumentSchema.safeParse(migrated.document);
  if (result.success) return { ok: true, document: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}
