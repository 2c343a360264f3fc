import { parseFlowDocument, type FlowDocument } from '@/core';
import { AppError } from '../api/app-error';

/**
 * A flow document (sent by a client, or a stored draft or version) validated and migrated by core,
 * or INVALID_FLOW_DOCUMENT with every issue.
 */
export function validFlowDocument(input: unknown): FlowDocument {
  const parsed = parseFlowDocument(input);
  if (parsed.ok) return parsed.document;
  throw new AppError('INVALID_FLOW_DOCUMENT', 'The flow document is not valid.', { issues: parsed.issues });
}
