const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const RESERVED = new Set(['vars', 'contact', 'input', 'now']);

/** Variable names: letters (any script), digits and `_`, not starting with a digit, not reserved. */
export function isVariableName(name: string): boolean {
  return NAME.test(name) && !RESERVED.has(name);
}
