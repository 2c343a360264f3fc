import { type CompiledCondition } from '../compiler/compiled-node-schema';
import { assertNever } from '../shared/assert-never';
import { renderTemplate } from '../template/render-template';
import { resolvePath } from '../template/resolve-path';
import { normalizeText } from '../text/normalize-text';
import { isWithinTimeWindow } from '../time/is-within-time-window';
import { cachedRegExp } from './cached-reg-exp';
import { type Run } from './run';

const asText = (value: unknown): string =>
  value === undefined || value === null ? '' : value instanceof Date ? value.toISOString() : String(value);

const asNumber = (text: string): number | null => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
};

function compare(
  left: string,
  right: string,
  operator: Extract<CompiledCondition, { kind: 'compare' }>['operator'],
) {
  const [a, b] = [asNumber(left), asNumber(right)];
  const order = a !== null && b !== null ? a - b : normalizeText(left).localeCompare(normalizeText(right));
  switch (operator) {
    case 'eq':
      return order === 0;
    case 'neq':
      return order !== 0;
    case 'gt':
      return order > 0;
    case 'gte':
      return order >= 0;
    case 'lt':
      return order < 0;
    case 'lte':
      return order <= 0;
    default:
      return assertNever(operator);
  }
}

function holds(condition: CompiledCondition, run: Run): boolean {
  const scope = run.scope();
  switch (condition.kind) {
    case 'compare':
      return compare(
        asText(resolvePath(condition.subject, scope)),
        renderTemplate(condition.value, scope),
        condition.operator,
      );
    case 'contains':
      return normalizeText(asText(resolvePath(condition.subject, scope))).includes(
        normalizeText(renderTemplate(condition.value, scope)),
      );
    case 'regex':
      return cachedRegExp(condition.regex).test(asText(resolvePath(condition.subject, scope)));
    case 'is-set':
      return asText(resolvePath(condition.subject, scope)) !== '';
    case 'has-tag':
      return scope.contact.tags.includes(condition.tag);
    case 'channel':
      return scope.contact.channel === condition.channel;
    case 'time-window':
      return isWithinTimeWindow({ window: condition.window, at: run.now, defaultTimezone: scope.timezone });
    default:
      return assertNever(condition);
  }
}

/** Whether a condition holds for the conversation right now (after applying `negate`). */
export function evaluateCondition(condition: CompiledCondition, run: Run): boolean {
  return holds(condition, run) !== condition.negate;
}
