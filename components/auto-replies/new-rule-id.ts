/**
 * A fresh keyword-rule id (`r-` and 8 base-36 digits) that no id in `taken` uses. It matches the
 * schema's pattern `^[a-z0-9][a-z0-9-]{0,39}$` and never ends in `-reply` (rule ids derive the
 * generated node ids, see autoReplyNodeIds). After many collisions a counter makes it unique.
 */
export function newRuleId(taken: readonly string[], random: () => number = Math.random): string {
  const used = new Set(taken);
  for (let attempt = 0; ; attempt += 1) {
    const digits = Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0')
      .slice(-8);
    const id = attempt < 50 ? `r-${digits}` : `r-${digits}-${attempt}`;
    if (!used.has(id)) return id;
  }
}
