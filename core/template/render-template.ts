import { formatDate } from './format-date';
import { resolvePath } from './resolve-path';
import { assertNever } from '../shared/assert-never';
import { type Template } from './template-schema';
import { type TemplateScope } from './template-scope';

type TemplateFilter = Extract<Template[number], { kind: 'expr' }>['filters'][number];

const DEFAULT_DATE_FORMAT = 'YYYY-MM-DD HH:mm';

function toDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function toText(value: unknown, scope: TemplateScope): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date)
    return formatDate({ at: value, format: DEFAULT_DATE_FORMAT, timeZone: scope.timezone });
  return String(value);
}

function applyFilter(options: { value: unknown; filter: TemplateFilter; scope: TemplateScope }): unknown {
  const { value, filter, scope } = options;
  const [first, second] = filter.args;
  switch (filter.name) {
    case 'default':
      return value === undefined || value === null || value === '' ? (first ?? '') : value;
    case 'upper':
      return toText(value, scope).toUpperCase();
    case 'lower':
      return toText(value, scope).toLowerCase();
    case 'trim':
      return toText(value, scope).trim();
    case 'url':
      return encodeURIComponent(toText(value, scope));
    case 'date': {
      const date = toDate(value);
      const format = first ?? DEFAULT_DATE_FORMAT;
      return date ? formatDate({ at: date, format, timeZone: second ?? scope.timezone }) : '';
    }
    default:
      return assertNever(filter.name);
  }
}

/** Renders a parsed template; missing values render as "" unless a `default` filter applies. */
export function renderTemplate(template: Template, scope: TemplateScope): string {
  let output = '';
  for (const part of template) {
    if (part.kind === 'text') {
      output += part.text;
      continue;
    }
    let value: unknown = resolvePath(part.path, scope);
    for (const filter of part.filters) value = applyFilter({ value, filter, scope });
    output += toText(value, scope);
  }
  return output;
}
