import { parseTemplate } from '../template/parse-template';
import { type CompileContext } from './compile-context';
import { createDiagnostic } from './create-diagnostic';
import { type Diagnostic } from './diagnostic-schema';

export interface VariableWrite {
  nodeId: string;
  port: string | null;
  variable: string;
}

/** The shared sinks one compilation fills; contexts for each node write into them. */
export interface CompileSinks {
  diagnostics: Diagnostic[];
  /** nodeId → variables its templates and conditions read. */
  reads: Map<string, Set<string>>;
  writes: VariableWrite[];
}

export function createCompileContext(options: {
  nodeId: string;
  timezone: string;
  sinks: CompileSinks;
}): CompileContext {
  const { nodeId, timezone, sinks } = options;
  const report: CompileContext['report'] = (diagnostic) =>
    sinks.diagnostics.push(createDiagnostic({ ...diagnostic, nodeId }));
  const recordReads = (path: readonly string[]) => {
    if (path[0] !== 'vars' || path[1] === undefined) return;
    const reads = sinks.reads.get(nodeId) ?? new Set<string>();
    reads.add(path[1]);
    sinks.reads.set(nodeId, reads);
  };
  return {
    nodeId,
    timezone,
    report,
    required: (value, field) => {
      if (value.trim() === '') report({ code: 'required-field-empty', detail: field });
    },
    template: (source) => {
      const parsed = parseTemplate(source);
      for (const error of parsed.errors) report({ code: 'template-syntax', detail: error });
      for (const part of parsed.template) if (part.kind === 'expr') recordReads(part.path);
      return parsed.template;
    },
    subject: (source, field) => {
      if (source.trim() === '') {
        report({ code: 'required-field-empty', detail: field });
        return [];
      }
      const parsed = parseTemplate(`{{${source}}}`);
      const [part] = parsed.template;
      if (parsed.errors.length > 0 || part?.kind !== 'expr' || part.filters.length > 0) {
        report({ code: 'invalid-value', detail: `"${source}" is not a variable path` });
        return [];
      }
      recordReads(part.path);
      return part.path;
    },
    regex: ({ source, flags, field }) => {
      if (source === '') report({ code: 'required-field-empty', detail: field });
      const kept = [...new Set(flags.replace(/[gy]/g, ''))].sort().join('');
      try {
        new RegExp(source, kept);
      } catch (error) {
        report({ code: 'invalid-regex', detail: `/${source}/${kept} (${(error as Error).message})` });
      }
      return { source, flags: kept };
    },
    writes: (variable, port) => sinks.writes.push({ nodeId, port, variable }),
  };
}
