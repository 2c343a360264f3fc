import { createDiagnostic } from '../create-diagnostic';
import { type Trigger } from '../compiled-flow-schema';
import { type Diagnostic } from '../diagnostic-schema';

/** Longer keywords are checked against earlier contains-rules by scanning instead of by substring. */
const MAX_SUBSTRING_LENGTH = 32;

/**
 * Reports keywords that can never fire because a trigger evaluated earlier always matches the
 * same text first: an equal exact keyword, a contains-keyword found inside it, or (for exact
 * keywords) an earlier regex that matches it. Triggers with limits shadow nothing. Near-linear: exact keywords are looked up in a
 * map and short keywords enumerate their substrings instead of scanning every contains-rule.
 */
export function checkKeywordShadowing(triggers: readonly Trigger[], diagnostics: Diagnostic[]): void {
  const exact = new Map<string, string>();
  const contains = new Map<string, string>();
  const regexes: { regex: RegExp; nodeId: string }[] = [];
  const report = (nodeId: string, keyword: string, other: string) =>
    diagnostics.push(createDiagnostic({ code: 'keyword-shadowed', nodeId, detail: keyword, other }));
  const containedBy = (keyword: string): string | undefined => {
    if (keyword.length > MAX_SUBSTRING_LENGTH) {
      for (const [value, nodeId] of contains) if (keyword.includes(value)) return nodeId;
      return undefined;
    }
    for (let start = 0; start < keyword.length; start += 1) {
      for (let end = start + 1; end <= keyword.length; end += 1) {
        const nodeId = contains.get(keyword.slice(start, end));
        if (nodeId !== undefined) return nodeId;
      }
    }
    return undefined;
  };
  for (const { nodeId, matcher, limits } of triggers) {
    // A capped trigger sometimes lets text through, so it shadows nothing.
    const shadows = limits.maxPerDay === undefined && limits.cooldownSeconds === undefined;
    if (matcher.kind === 'exact') {
      for (const value of matcher.values) {
        const other =
          exact.get(value) ?? containedBy(value) ?? regexes.find(({ regex }) => regex.test(value))?.nodeId;
        if (other !== undefined && other !== nodeId) report(nodeId, value, other);
      }
      if (shadows) for (const value of matcher.values) if (!exact.has(value)) exact.set(value, nodeId);
    } else if (matcher.kind === 'contains') {
      for (const value of matcher.values) {
        const other = containedBy(value);
        if (other !== undefined && other !== nodeId) report(nodeId, value, other);
      }
      if (shadows) for (const value of matcher.values) if (!contains.has(value)) contains.set(value, nodeId);
    } else if (matcher.kind === 'regex' && shadows) {
      for (const { source, flags } of matcher.patterns) {
        try {
          regexes.push({ regex: new RegExp(source, flags), nodeId });
        } catch {
          // Invalid patterns are reported by the node compiler.
        }
      }
    }
  }
}
