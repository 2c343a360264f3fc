import { type DiagnosticCode, diagnosticCatalogue } from './diagnostic-catalogue';
import { type Diagnostic } from './diagnostic-schema';

/** Builds a diagnostic with its catalogue severity and bilingual message. */
export function createDiagnostic(options: {
  code: DiagnosticCode;
  nodeId?: string;
  edgeId?: string;
  detail?: string;
  other?: string;
}): Diagnostic {
  const entry = diagnosticCatalogue[options.code];
  const detail = options.detail ?? '';
  const other = options.other ?? '';
  return {
    code: options.code,
    severity: entry.severity,
    ...(options.nodeId === undefined ? {} : { nodeId: options.nodeId }),
    ...(options.edgeId === undefined ? {} : { edgeId: options.edgeId }),
    message: entry.en(detail, other),
    messageZh: entry.zh(detail, other),
  };
}
