import { type VariableValue } from '../document/flow-document-schema';

/**
 * The value at a parsed JSON path (see parseJsonPath) inside a response body, as a variable value:
 * scalars as they are, objects and arrays as JSON text, anything missing as null.
 */
export function valueAtJsonPath(body: unknown, path: readonly (string | number)[]): VariableValue {
  let value = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return null;
    value = (value as Record<string | number, unknown>)[key];
  }
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
