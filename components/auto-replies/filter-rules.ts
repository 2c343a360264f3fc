import { type KeywordReplyRule } from '@/core';

/**
 * Indexes of the rules whose name or a keyword contains `query` (case-insensitive, trimmed);
 * every index for an empty query. Indexes, not rules, so edits still address the full list.
 */
export function filterRules(rules: readonly KeywordReplyRule[], query: string): number[] {
  const needle = query.trim().toLocaleLowerCase();
  const all = rules.map((_, index) => index);
  if (needle === '') return all;
  return all.filter((index) => {
    const rule = rules[index]!;
    return [rule.name, ...rule.keywords].some((text) => text.toLocaleLowerCase().includes(needle));
  });
}
