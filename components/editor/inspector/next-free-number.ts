/** The smallest positive integer, as text, that is not in `taken` (menu option ids "1", "2", …). */
export function nextFreeNumber(taken: readonly string[]): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(String(n))) n += 1;
  return String(n);
}
