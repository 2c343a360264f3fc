import { isValidTimeZone } from '../time/zoned-parts';
import { type Template, type TemplateFilterName, templateFilterNames } from './template-schema';

export interface ParsedTemplate {
  template: Template;
  /** Syntax problems, in English; the template is unusable when non-empty. */
  errors: string[];
}

const ROOTS = new Set(['vars', 'contact', 'input', 'now']);
const SEGMENT = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const ARGUMENT = /^\s*(?:"([^"]*)"|'([^']*)'|([^\s,"']+))\s*(?:,|$)/u;

function parseArguments(text: string): string[] | null {
  const args: string[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const match = ARGUMENT.exec(rest);
    if (!match) return null;
    args.push(match[1] ?? match[2] ?? match[3] ?? '');
    rest = rest.slice(match[0].length).trim();
  }
  return args;
}

function parseExpression(source: string, errors: string[]): Template[number] | null {
  const [head = '', ...filterTexts] = source.split('|');
  const segments = head.trim().split('.');
  if (!segments.every((segment) => SEGMENT.test(segment))) {
    errors.push(`"{{${source}}}" is not a valid expression`);
    return null;
  }
  const path = ROOTS.has(segments[0] ?? '') ? segments : ['vars', ...segments];
  const filters: Extract<Template[number], { kind: 'expr' }>['filters'] = [];
  for (const filterText of filterTexts) {
    const colon = filterText.indexOf(':');
    const name = (colon < 0 ? filterText : filterText.slice(0, colon)).trim();
    const args = colon < 0 ? [] : parseArguments(filterText.slice(colon + 1));
    if (!templateFilterNames.includes(name as TemplateFilterName)) {
      errors.push(`unknown filter "${name}"`);
    } else if (args === null) {
      errors.push(`malformed arguments for filter "${name}"`);
    } else if (name === 'date' && args[1] !== undefined && !isValidTimeZone(args[1])) {
      errors.push(`unknown time zone "${args[1]}" in filter "date"`);
    } else {
      filters.push({ name: name as TemplateFilterName, args });
    }
  }
  return { kind: 'expr', path, filters };
}

/** Parses `Hello {{ contact.name | default: "friend" }}`; never throws. */
export function parseTemplate(source: string): ParsedTemplate {
  const template: Template = [];
  const errors: string[] = [];
  let cursor = 0;
  while (cursor < source.length) {
    const open = source.indexOf('{{', cursor);
    if (open < 0) break;
    const close = source.indexOf('}}', open + 2);
    if (close < 0) {
      errors.push('"{{" is never closed by "}}"');
      break;
    }
    if (open > cursor) template.push({ kind: 'text', text: source.slice(cursor, open) });
    const part = parseExpression(source.slice(open + 2, close), errors);
    if (part) template.push(part);
    cursor = close + 2;
  }
  if (cursor < source.length) template.push({ kind: 'text', text: source.slice(cursor) });
  return { template, errors };
}
