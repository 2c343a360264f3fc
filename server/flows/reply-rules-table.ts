import { and, eq, isNull } from 'drizzle-orm';
import {
  analyzeReplyRules,
  compiledFlowSchema,
  orderedTriggers,
  parseFlowDocument,
  type FlowDocument,
  type Matcher,
  type ReplyRuleFinding,
} from '@/core';
import { deployments, flowVersions, flows } from '../db/schema';
import type { Db } from '../db/client';

export interface ReplyRuleRow {
  /** `${flowId}:${nodeId}` */
  id: string;
  flowId: string;
  flowName: string;
  flowKind: 'canvas' | 'auto-reply';
  versionNumber: number;
  nodeId: string;
  /** The trigger's label on the canvas (auto replies: the rule's name), or null. */
  label: string | null;
  matcher: Matcher;
  /** Effective priority on this account; `ownPriority` is the version's, `overridden` when they differ by choice. */
  priority: number;
  ownPriority: number;
  overridden: boolean;
  interrupt: boolean;
  limited: boolean;
  /** The node the trigger leads to: type, label and the first text it sends (when a message). */
  target: { nodeId: string; type: string; label: string | null; text: string | null } | null;
  findings: ReplyRuleFinding[];
}

export interface DefaultReplyRow {
  flowId: string;
  flowName: string;
  flowKind: 'canvas' | 'auto-reply';
  nodeId: string;
  target: ReplyRuleRow['target'];
  /** Only the first live flow's default reply answers; the others never do. */
  active: boolean;
}

export interface ReplyRulesTable {
  rules: ReplyRuleRow[];
  defaults: DefaultReplyRow[];
}

function targetOf(document: FlowDocument | null, nodeId: string): ReplyRuleRow['target'] {
  if (!document) return null;
  const edge = document.edges.find((e) => e.source === nodeId);
  const node = edge ? document.nodes.find((n) => n.id === edge.target) : undefined;
  if (!node) return null;
  const messages =
    node.type === 'send-message' ? node.data.messages : node.type === 'ask' ? node.data.prompt : [];
  const first = messages[0];
  const text = first?.kind === 'text' ? first.text : first && 'title' in first ? String(first.title) : null;
  return { nodeId: node.id, type: node.type, label: node.label ?? null, text: text ?? null };
}

/**
 * Every keyword and event trigger live on an account, in the order the runtime tries them (effective
 * priority, then the flows' merge order, then each version's own order), with what each leads to
 * and the conflicts and shadowing `analyzeReplyRules` finds; and the flows' default replies.
 */
export async function replyRulesTable(options: { db: Db; accountId: string }): Promise<ReplyRulesTable> {
  const live = await options.db
    .select({
      flowId: flows.id,
      flowName: flows.name,
      flowKind: flows.kind,
      versionNumber: flowVersions.number,
      compiled: flowVersions.compiled,
      document: flowVersions.document,
      triggerPriorities: deployments.triggerPriorities,
      priority: deployments.priority,
      deployedAt: deployments.deployedAt,
    })
    .from(deployments)
    .innerJoin(flows, eq(flows.id, deployments.flowId))
    .innerJoin(flowVersions, eq(flowVersions.id, deployments.flowVersionId))
    .where(and(eq(deployments.accountId, options.accountId), isNull(flows.deletedAt)));
  // The runtime's merge order (LIVE_FLOWS_SQL): auto replies last, then priority, then newest.
  const autoLast = (kind: string) => (kind === 'auto-reply' ? 1 : 0);
  live.sort(
    (a, b) =>
      autoLast(a.flowKind) - autoLast(b.flowKind) ||
      b.priority - a.priority ||
      b.deployedAt.getTime() - a.deployedAt.getTime(),
  );

  const candidates: { row: Omit<ReplyRuleRow, 'findings'>; flowIndex: number; index: number }[] = [];
  const defaults: DefaultReplyRow[] = [];
  live.forEach((flow, flowIndex) => {
    const compiled = compiledFlowSchema.parse(flow.compiled);
    const parsed = parseFlowDocument(flow.document);
    const document = parsed.ok ? parsed.document : null;
    const overrides = flow.triggerPriorities ?? {};
    orderedTriggers(compiled.triggers, overrides).forEach((trigger, index) => {
      const override = overrides[trigger.nodeId];
      candidates.push({
        flowIndex,
        index,
        row: {
          id: `${flow.flowId}:${trigger.nodeId}`,
          flowId: flow.flowId,
          flowName: flow.flowName,
          flowKind: flow.flowKind,
          versionNumber: flow.versionNumber,
          nodeId: trigger.nodeId,
          label: document?.nodes.find((n) => n.id === trigger.nodeId)?.label ?? null,
          matcher: trigger.matcher,
          priority: override ?? trigger.priority,
          ownPriority: trigger.priority,
          overridden: override !== undefined,
          interrupt: trigger.interrupt,
          limited: trigger.limits.maxPerDay !== undefined || trigger.limits.cooldownSeconds !== undefined,
          target: targetOf(document, trigger.nodeId),
        },
      });
    });
    if (compiled.fallbackNodeId !== null)
      defaults.push({
        flowId: flow.flowId,
        flowName: flow.flowName,
        flowKind: flow.flowKind,
        nodeId: compiled.fallbackNodeId,
        target: targetOf(document, compiled.fallbackNodeId),
        active: defaults.length === 0,
      });
  });
  candidates.sort(
    (a, b) => b.row.priority - a.row.priority || a.flowIndex - b.flowIndex || a.index - b.index,
  );
  const rows = candidates.map((c) => c.row);
  const findings = analyzeReplyRules(
    rows.map((r) => ({ id: r.id, matcher: r.matcher, priority: r.priority, limited: r.limited })),
  );
  return {
    rules: rows.map((row) => ({ ...row, findings: findings.filter((f) => f.ruleId === row.id) })),
    defaults,
  };
}
