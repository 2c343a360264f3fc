import { type ReplyRuleFinding } from '@/core';

export interface FilterableRule {
  findings: readonly ReplyRuleFinding[];
  /** Everything the search looks at: trigger text, label, flow name, target label and text. */
  searchText: readonly (string | null)[];
}

/**
 * The rules the table shows: those whose search text contains the query (case-insensitive, trimmed;
 * an empty query keeps all) and, with `onlyProblems`, that have at least one finding.
 */
export function filterRules<T extends FilterableRule>(
  rules: readonly T[],
  options: { query: string; onlyProblems: boolean },
): T[] {
  const query = options.query.trim().toLocaleLowerCase();
  return rules.filter(
    (rule) =>
      (!options.onlyProblems || rule.findings.length > 0) &&
      (query === '' || rule.searchText.some((text) => text?.toLocaleLowerCase().includes(query))),
  );
}
