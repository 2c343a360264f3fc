import { z } from 'zod';

// Interim: the flow document schema lives in core/ (the flow-language issue). Until it lands, a draft
// is any object that declares its schema version; the router's contract does not change when it does.
const draftSchema = z.looseObject({ schemaVersion: z.number().int().positive() });

export type DraftDocument = z.infer<typeof draftSchema>;

export function emptyDraftDocument(): DraftDocument {
  return { schemaVersion: 1, nodes: [], edges: [], variables: [] };
}

export function parseDraftDocument(
  input: unknown,
): { ok: true; document: DraftDocument } | { ok: false; issues: { path: string; message: string }[] } {
  const parsed = draftSchema.safeParse(input);
  if (parsed.success) return { ok: true, document: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  };
}
