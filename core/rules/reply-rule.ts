import { type Matcher } from '../compiler/compiled-flow-schema';

/** One live trigger of an account, as listed in its reply rules table. */
export interface ReplyRuleInput {
  /** Stable id chosen by the caller, e.g. `${flowId}:${nodeId}` */
  id: string;
  matcher: Matcher;
  /** Effective priority on the account (higher first); informational — the array order IS the evaluation order. */
  priority: number;
  /** Per-contact limits (maxPerDay / cooldown) may skip it, so it never fully hides later rules. */
  limited: boolean;
}

/**
 * - `shadowed`: every message the rule matches is taken by earlier rules; it can never fire.
 * - `partly-shadowed`: some of its keywords can never fire (listed in `values`).
 * - `conflict`: an earlier rule matches some of the same messages and only tie-breakers (equal
 *   priority) or per-contact limits decide which one answers.
 */
export type ReplyRuleFindingKind = 'shadowed' | 'partly-shadowed' | 'conflict';

export interface ReplyRuleFinding {
  kind: ReplyRuleFindingKind;
  /** The rule the finding is about (the later one in evaluation order). */
  ruleId: string;
  /** The earlier rule that hides it / overlaps it. */
  byRuleId: string;
  /** Keywords (as normalised values or regex sources) or the event value concerned. */
  values: string[];
}
