'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Button } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import type { LiveFlow } from './deployment-rows';
import { PriorityInput } from './priority-input';

export interface LiveFlowRowProps {
  accountId: string;
  flow: LiveFlow;
  /** Where the auto-reply flow's name links to (the Auto replies tab). */
  autoRepliesHref: string;
  onUnpublish: () => void;
}

/** One live flow: version, since when and by whom, its merge priority (editors change it), links. */
export function LiveFlowRow({ accountId, flow, autoRepliesHref, onUnpublish }: LiveFlowRowProps) {
  const t = useTranslations('accountOverview');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const auto = flow.flowKind === 'auto-reply';
  const name = auto ? t('autoReplies') : flow.flowName;
  const flowHref = `/w/${workspaceId}/flows/${flow.flowId}`;
  const setPriority = useMutation(
    trpc.deployment.setPriority.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.deployment.pathKey() }),
    }),
  );
  const linkClass = 'font-medium text-slate-900 hover:text-brand-700 hover:underline';

  return (
    <tr className="align-top hover:bg-slate-50">
      <td className="px-3 py-3">
        <Link href={auto ? autoRepliesHref : flowHref} className={linkClass}>
          {name}
        </Link>
        {flow.overriddenTriggers > 0 ? (
          <p className="mt-0.5 text-xs text-slate-500">
            {t('overriddenTriggers', { count: flow.overriddenTriggers })}
          </p>
        ) : null}
      </td>
      <td className="px-3 py-3 whitespace-nowrap">
        <span className="font-medium text-slate-800" title={flow.versionNote || undefined}>
          {t('version', { number: flow.versionNumber })}
        </span>
        {flow.latestVersion > flow.versionNumber ? (
          <span className="ml-2 rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-800">
            {t('versionAvailable', { number: flow.latestVersion })}
          </span>
        ) : null}
      </td>
      <td className="px-3 py-3 whitespace-nowrap text-slate-600">
        <RelativeTime date={flow.deployedAt} />
      </td>
      <td className="px-3 py-3 text-slate-600">{flow.deployedByName ?? '—'}</td>
      <td className="px-3 py-3">
        {auto ? (
          <span className="text-slate-500">{t('alwaysLast')}</span>
        ) : canEdit ? (
          <PriorityInput
            label={t('priorityOf', { name })}
            value={flow.priority}
            pending={setPriority.isPending}
            error={setPriority.error ? errorMessage(setPriority.error) : null}
            onEdit={() => setPriority.reset()}
            onSave={(priority) =>
              setPriority.mutate({ workspaceId, accountId, flowId: flow.flowId, priority })
            }
          />
        ) : (
          <span className="text-slate-700">{flow.priority}</span>
        )}
      </td>
      <td className="px-3 py-3">
        <div className="flex items-center justify-end gap-1">
          {auto ? null : (
            <Link
              href={`${flowHref}/history`}
              className="inline-flex h-8 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
            >
              {t('history')}
            </Link>
          )}
          {canEdit && !auto ? (
            <Button variant="ghost" size="sm" className="text-red-700" onClick={onUnpublish}>
              {t('unpublish')}
            </Button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
