import { z } from 'zod';
import { type DiagnosticCode, diagnosticCatalogue } from './diagnostic-catalogue';

const codes = Object.keys(diagnosticCatalogue) as [DiagnosticCode, ...DiagnosticCode[]];

/** A compiler finding, returned as data. Errors block publishing; warnings do not. */
export const diagnosticSchema = z.object({
  code: z.enum(codes),
  severity: z.enum(['error', 'warning']),
  nodeId: z.string().optional(),
  edgeId: z.string().optional(),
  message: z.string(),
  messageZh: z.string(),
});

export type Diagnostic = z.infer<typeof diagnosticSchema>;
