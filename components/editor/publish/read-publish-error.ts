import { z } from 'zod';
import { type Diagnostic, diagnosticSchema } from '@/core';

/** How the publish dialog answers a failed `flow.publish`. */
export type PublishFailure =
  | { kind: 'errors'; diagnostics: Diagnostic[] }
  | { kind: 'warnings'; diagnostics: Diagnostic[] }
  | { kind: 'conflict'; currentRevision: number | null }
  /** Test cases fail on the saved draft (`total` run); unreadable details give `failed: []`. */
  | { kind: 'tests'; total: number; failed: { id: string; name: string }[] }
  | { kind: 'other' };

const detailsSchema = z.object({ diagnostics: z.array(diagnosticSchema) });
const testsSchema = z.object({
  total: z.number(),
  failed: z.array(z.object({ id: z.string(), name: z.string() })),
});

interface ErrorData {
  appCode?: string | null;
  appDetails?: unknown;
}

/**
 * Pure: sorts an error thrown by `flow.publish` by its app code. Diagnostics come from
 * `appDetails.diagnostics` (validated; unreadable details give an empty list, never a throw).
 */
export function readPublishError(error: unknown): PublishFailure {
  const data = (error as { data?: ErrorData | null } | null)?.data;
  const code = data?.appCode;
  if (code === 'FLOW_HAS_ERRORS' || code === 'FLOW_HAS_WARNINGS') {
    const parsed = detailsSchema.safeParse(data?.appDetails);
    const diagnostics = parsed.success ? parsed.data.diagnostics : [];
    return { kind: code === 'FLOW_HAS_ERRORS' ? 'errors' : 'warnings', diagnostics };
  }
  if (code === 'REVISION_CONFLICT') {
    const revision = (data?.appDetails as { currentRevision?: unknown } | null | undefined)?.currentRevision;
    return { kind: 'conflict', currentRevision: typeof revision === 'number' ? revision : null };
  }
  if (code === 'TESTS_FAILED') {
    const parsed = testsSchema.safeParse(data?.appDetails);
    if (!parsed.success) return { kind: 'tests', total: 0, failed: [] };
    const failed = parsed.data.failed.map(({ id, name }) => ({ id, name }));
    return { kind: 'tests', total: parsed.data.total, failed };
  }
  return { kind: 'other' };
}
