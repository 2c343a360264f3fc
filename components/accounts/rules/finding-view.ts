import { type ReplyRuleFinding } from '@/core';

export type FindingSeverity = 'danger' | 'warning';

/** What a finding badge shows: its kind, how serious it is, and the earlier rule's position. */
export interface FindingView {
  kind: ReplyRuleFinding['kind'];
  severity: FindingSeverity;
  /** 1-based position (#) of the rule that hides or overlaps this one; null if it is not listed. */
  byOrder: number | null;
  values: string[];
}

/** `order` maps rule ids to their 1-based position in evaluation order. */
export function findingView(finding: ReplyRuleFinding, order: ReadonlyMap<string, number>): FindingView {
  return {
    kind: finding.kind,
    severity: finding.kind === 'shadowed' ? 'danger' : 'warning',
    byOrder: order.get(finding.byRuleId) ?? null,
    values: finding.values,
  };
}

/** A row's highlight: red when it never fires, amber for any other finding, none without findings. */
export function rowSeverity(findings: readonly ReplyRuleFinding[]): FindingSeverity | null {
  if (findings.some((f) => f.kind === 'shadowed')) return 'danger';
  return findings.length > 0 ? 'warning' : null;
}
