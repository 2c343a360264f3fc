import { type Matcher } from '../compiler/compiled-flow-schema';
import { cachedRegExp } from '../engine/cached-reg-exp';
import { assertNever } from '../shared/assert-never';
import { type ReplyRuleFinding, type ReplyRuleInput } from './reply-rule';

/** How an earlier rule relates to one keyword (or the event) of a later rule. */
const NONE = 0;
/** Some message matches both, but not every message of the keyword matches the earlier rule. */
const OVERLAPS = 1;
/** Every message the keyword matches, the earlier rule matches too. */
const COVERS = 2;
type Relation = typeof NONE | typeof OVERLAPS | typeof COVERS;

interface PreparedRule {
  rule: ReplyRuleInput;
  /** What a finding lists: keyword values, regex sources, or the single event value. */
  keys: string[];
  /** Regex rules only, aligned with `keys`; null for a pattern that does not compile. */
  regexes: (RegExp | null)[];
}

function compile(pattern: { source: string; flags: string }): RegExp | null {
  try {
    return cachedRegExp(pattern);
  } catch {
    return null;
  }
}

function prepare(rule: ReplyRuleInput): PreparedRule {
  const { matcher } = rule;
  switch (matcher.kind) {
    case 'exact':
    case 'contains':
      return { rule, keys: matcher.values, regexes: [] };
    case 'regex':
      return {
        rule,
        keys: matcher.patterns.map((pattern) => pattern.source),
        regexes: matcher.patterns.map(compile),
      };
    case 'event':
      return { rule, keys: [matcher.value], regexes: [] };
    default:
      return assertNever(matcher);
  }
}

function tests(regex: RegExp | null, text: string): boolean {
  if (!regex) return false;
  regex.lastIndex = 0; // harmless for the stateless patterns the compiler emits; safe for others
  return regex.test(text);
}

function anyTests(regexes: (RegExp | null)[], text: string): boolean {
  return regexes.some((regex) => tests(regex, text));
}

type EventMatcher = Extract<Matcher, { kind: 'event' }>;

/**
 * Deliberately simple: identical event and value covers; for media, "" (any type) covers a
 * specific type and a specific type overlaps "". Follow / qr-scene interplay is not reported.
 */
function relateEvents(a: EventMatcher, b: EventMatcher): Relation {
  if (a.event !== b.event) return NONE;
  if (a.value === b.value) return COVERS;
  if (a.event !== 'media') return NONE;
  if (a.value === '') return COVERS;
  return b.value === '' ? OVERLAPS : NONE;
}

/**
 * Relation of rule `a` to the key at `index` of rule `b`, judged on normalised keyword values.
 * A regex is only run against the other rule's keywords, so it never provably covers a
 * `contains` keyword and nothing provably covers a regex.
 */
function relate(a: PreparedRule, b: PreparedRule, index: number): Relation {
  const am = a.rule.matcher;
  const bm = b.rule.matcher;
  if (am.kind === 'event' || bm.kind === 'event') {
    return am.kind === 'event' && bm.kind === 'event' ? relateEvents(am, bm) : NONE;
  }
  if (bm.kind === 'regex') {
    const regex = b.regexes[index] ?? null;
    return am.kind !== 'regex' && am.values.some((value) => tests(regex, value)) ? OVERLAPS : NONE;
  }
  const v = b.keys[index] ?? '';
  switch (am.kind) {
    case 'exact':
      if (bm.kind === 'exact') return am.values.includes(v) ? COVERS : NONE;
      return am.values.some((value) => value.includes(v)) ? OVERLAPS : NONE;
    case 'contains':
      if (am.values.some((value) => v.includes(value))) return COVERS;
      return bm.kind === 'contains' && am.values.some((value) => value.includes(v)) ? OVERLAPS : NONE;
    case 'regex':
      if (!anyTests(a.regexes, v)) return NONE;
      return bm.kind === 'exact' ? COVERS : OVERLAPS;
    default:
      return assertNever(am);
  }
}

/**
 * Shadowing and conflicts between the live reply rules of an account. `rules` is in evaluation
 * order: the first matching rule (within its limits) answers.
 *
 * Contracts:
 * - Each key of a later rule is attributed to the first earlier, unlimited rule covering it.
 *   All keys covered → one `shadowed` finding (by the first of those rules, listing every key);
 *   some → one `partly-shadowed` finding per covering rule with the keys attributed to it.
 * - `conflict`: an earlier rule overlaps keys it does not cover and has the same priority, or the
 *   earlier rule is `limited` and overlaps or covers them (limited rules never shadow). Keys
 *   already shadowed by any earlier rule are left out: that rule never answers them anyway.
 * - `values` are always the later rule's keys, in its own order.
 * - Findings are ordered by the later rule's position, then the earlier rule's; for the same
 *   pair a shadowing finding precedes the conflict. Rules with no keyword never match and get
 *   no finding. Invalid regex patterns relate to nothing. Never throws on rule content.
 */
export function analyzeReplyRules(rules: ReplyRuleInput[]): ReplyRuleFinding[] {
  const prepared = rules.map(prepare);
  const findings: ReplyRuleFinding[] = [];
  prepared.forEach((b, j) => {
    const width = b.keys.length;
    if (width === 0) return;
    const relations = new Uint8Array(j * width);
    const coveredBy = new Array<number>(width).fill(-1);
    for (let i = 0; i < j; i++) {
      const a = prepared[i] as PreparedRule;
      for (let k = 0; k < width; k++) {
        const relation = relate(a, b, k);
        relations[i * width + k] = relation;
        if (relation === COVERS && !a.rule.limited && coveredBy[k] === -1) coveredBy[k] = i;
      }
    }
    const shadowedBy = coveredBy.every((i) => i !== -1) ? Math.min(...coveredBy) : -1;
    const finding = (kind: ReplyRuleFinding['kind'], i: number, values: string[]): ReplyRuleFinding => ({
      kind,
      ruleId: b.rule.id,
      byRuleId: (prepared[i] as PreparedRule).rule.id,
      values,
    });
    for (let i = 0; i < j; i++) {
      if (i === shadowedBy) findings.push(finding('shadowed', i, b.keys));
      if (shadowedBy !== -1) continue;
      const a = (prepared[i] as PreparedRule).rule;
      const partly: string[] = [];
      const conflicting: string[] = [];
      b.keys.forEach((key, k) => {
        if (coveredBy[k] === i) partly.push(key);
        if (coveredBy[k] !== -1) return;
        const relation = relations[i * width + k];
        if (a.limited ? relation !== NONE : relation === OVERLAPS && a.priority === b.rule.priority) {
          conflicting.push(key);
        }
      });
      if (partly.length > 0) findings.push(finding('partly-shadowed', i, partly));
      if (conflicting.length > 0) findings.push(finding('conflict', i, conflicting));
    }
  });
  return findings;
}
