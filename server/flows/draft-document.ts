import { createEmptyFlowDocument, parseFlowDocument } from '@/core';

/** What a new flow starts with. */
export const emptyDraftDocument = createEmptyFlowDocument;

/**
 * Validates (and migrates to the current schema version) a draft sent by the editor. An invalid
 * draft is refused whole: the stored draft stays as it was.
 */
export const parseDraftDocument = parseFlowDocument;
