import { compileFlow } from '@/core';
import { loadFlowFile } from './load-flow-file';
import { formatDiagnostic } from './format-diagnostic';

export interface ValidateOptions {
  file: string;
  json: boolean;
  /** Writes one line of standard output (the line break is added by the writer). */
  out: (s: string) => void;
  /** Writes one line of standard error. */
  err: (s: string) => void;
}

/**
 * `replyflow validate <flow.json> [--json]`: prints the compiler's diagnostics.
 * Exit code 0 when there is no error (warnings allowed), 1 when there are errors, 2 when the
 * file cannot be read or is not a flow document.
 */
export async function runValidate(opts: ValidateOptions): Promise<number> {
  const loaded = await loadFlowFile(opts.file);
  if (!loaded.ok) {
    if (opts.json) opts.out(JSON.stringify({ file: opts.file, ok: false, error: loaded.message }));
    opts.err(`replyflow: ${loaded.message}`);
    return 2;
  }
  const { compiled, diagnostics } = compileFlow(loaded.document);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (opts.json) {
    const report = {
      file: opts.file,
      ok: errors === 0,
      errors,
      warnings,
      hash: compiled?.hash ?? null,
      diagnostics,
    };
    opts.out(JSON.stringify(report, null, 2));
  } else {
    for (const diagnostic of diagnostics) opts.out(formatDiagnostic(diagnostic));
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    opts.out(
      errors === 0
        ? `✓ ${opts.file} is valid (${summary}; hash ${compiled?.hash})`
        : `✗ ${opts.file}: ${summary}`,
    );
  }
  return errors === 0 ? 0 : 1;
}
