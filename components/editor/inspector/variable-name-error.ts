import { isVariableName } from '@/core/compiler/is-variable-name';

/** Why `name` cannot be a (new or renamed) flow variable: `empty`, `invalid`, `duplicate`; null when it can. */
export function variableNameError(
  name: string,
  others: readonly string[],
): 'empty' | 'invalid' | 'duplicate' | null {
  if (name.trim() === '') return 'empty';
  if (!isVariableName(name)) return 'invalid';
  return others.includes(name) ? 'duplicate' : null;
}
