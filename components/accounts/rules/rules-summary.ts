import { type ReplyRuleFinding } from '@/core';

export interface RulesSummary {
  /** Conflict findings (one per pair of overlapping rules). */
  conflicts: number;
  /** Rules that can never fire. */
  neverFires: number;
  /** Rules that fire, but some of whose keywords never do. */
  partlyHidden: number;
}

/** Counts for the line above the reply rules table; all zero means "No conflicts". */
export function rulesSummary(rules: readonly { findings: readonly ReplyRuleFinding[] }[]): RulesSummary {
  let conflicts = 0;
  let neverFires = 0;
  let partlyHidden = 0;
  for (const { findings } of rules) {
    conflicts += findings.filter((f) => f.kind === 'conflict').length;
    if (findings.some((f) => f.kind === 'shadowed')) neverFires += 1;
    else if (findings.some((f) => f.kind === 'partly-shadowed')) partlyHidden += 1;
  }
  return { conflicts, neverFires, partlyHidden };
}
