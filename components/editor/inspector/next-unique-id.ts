/** `${prefix}-N` with the smallest N ≥ `existing.length + 1` not already taken. */
export function nextUniqueId(prefix: string, existing: readonly string[]): string {
  const taken = new Set(existing);
  let n = existing.length + 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
