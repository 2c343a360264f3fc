import { compileFlow, type CompiledFlow, type Diagnostic } from '@/core';
import { AppError } from '../api/app-error';
import { validFlowDocument } from '../flows/valid-flow-document';

/** A draft (as sent by the editor, or stored) compiled, or FLOW_HAS_ERRORS with the errors. */
export function compileForSimulation(draft: unknown): { compiled: CompiledFlow; warnings: Diagnostic[] } {
  const { compiled, diagnostics } = compileFlow(validFlowDocument(draft));
  if (!compiled)
    throw new AppError('FLOW_HAS_ERRORS', 'The flow has errors; fix them to simulate it.', {
      diagnostics: diagnostics.filter((d) => d.severity === 'error'),
    });
  return { compiled, warnings: diagnostics.filter((d) => d.severity === 'warning') };
}
