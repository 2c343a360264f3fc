'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Button } from '@/components/ui/button';
import type { ReplyRule } from '../overview/deployment-rows';
import { PriorityInput } from '../overview/priority-input';
import { rowSeverity } from './finding-view';
import { RuleStatusCell, type RuleIndex } from './rule-status-cell';
import { RuleTargetCell } from './rule-target-cell';
import { RuleTriggerCell } from './rule-trigger-cell';

export interface ReplyRuleRowProps {
  accountId: string;
  rule: ReplyRule;
  /** Its 1-based position in evaluation order (kept when the table is filtered). */
  order: number;
  /** The trigger as one line (the priority input's name). */
  text: string;
  index: RuleIndex;
}

const highlight = { danger: 'bg-red-50', warning: 'bg-amber-50' };

/** One reply rule; editors override its priority on this account (or reset it to the flow's). */
export function ReplyRuleRow({ accountId, rule, order, text, index }: ReplyRuleRowProps) {
  const t = useTranslations('replyRules');
  const tOverview = useTranslations('accountOverview');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const setPriority = useMutation(
    trpc.deployment.setTriggerPriority.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.deployment.pathKey() }),
    }),
  );
  const save = (priority: number | null) =>
    setPriority.mutate({ workspaceId, accountId, flowId: rule.flowId, nodeId: rule.nodeId, priority });
  const severity = rowSeverity(rule.findings);
  const overridden = rule.overridden ? (
    <p className="text-xs text-slate-500">{t('overridden', { own: rule.ownPriority })}</p>
  ) : null;

  return (
    <tr className={`align-top ${severity ? highlight[severity] : 'hover:bg-slate-50'}`}>
      <td className="px-3 py-3 font-medium text-slate-500 tabular-nums">{order}</td>
      <td className="px-3 py-3">
        <RuleTriggerCell matcher={rule.matcher} label={rule.label} />
      </td>
      <td className="px-3 py-3">
        {canEdit ? (
          <PriorityInput
            label={t('priorityOf', { trigger: text })}
            value={rule.priority}
            pending={setPriority.isPending}
            error={setPriority.error ? errorMessage(setPriority.error) : null}
            onEdit={() => setPriority.reset()}
            onSave={save}
          >
            {rule.overridden ? (
              <Button
                variant="ghost"
                size="sm"
                aria-label={t('resetLabel')}
                disabled={setPriority.isPending}
                onClick={() => save(null)}
              >
                {t('reset')}
              </Button>
            ) : null}
          </PriorityInput>
        ) : (
          <span className="text-slate-700 tabular-nums">{rule.priority}</span>
        )}
        {overridden}
      </td>
      <td className="px-3 py-3">
        <span className="text-slate-800">
          {rule.flowKind === 'auto-reply' ? tOverview('autoReplies') : rule.flowName}
        </span>{' '}
        <span className="text-xs text-slate-500">{tOverview('version', { number: rule.versionNumber })}</span>
      </td>
      <td className="px-3 py-3">
        <RuleTargetCell target={rule.target} />
      </td>
      <td className="px-3 py-3">
        <RuleStatusCell rule={rule} index={index} />
      </td>
    </tr>
  );
}
