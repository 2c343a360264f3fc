import { type Template } from '../template/template-schema';
import { type DiagnosticCode } from './diagnostic-catalogue';

/** What a node compiler may do besides returning its compiled node: report and record. */
export interface CompileContext {
  nodeId: string;
  /** The flow's default time zone. */
  timezone: string;
  report(options: { code: DiagnosticCode; detail?: string; other?: string }): void;
  /** Reports `required-field-empty` when `value` is blank. */
  required(value: string, field: string): void;
  /** Parses a template, reporting syntax errors and recording the variables it reads. */
  template(source: string): Template;
  /** Parses a condition subject (`city`, `contact.city`, `input`) into a template path. */
  subject(source: string, field: string): string[];
  /** Checks a regular expression; returns it with stateful flags (g, y) removed. */
  regex(options: { source: string; flags: string; field: string }): { source: string; flags: string };
  /** Records that leaving through `port` (any port when null) has set `variable`. */
  writes(variable: string, port: string | null): void;
}
