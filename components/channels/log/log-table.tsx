'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { deliveryStatusInfo } from './delivery-status-info';
import type { LogItem } from './log-item';
import { LogRow } from './log-row';

export interface LogTableProps {
  workspaceId: string;
  channelId: string;
  items: LogItem[];
  /** Editors may send dead and blocked messages again. */
  canRetry: boolean;
}

/** The log's rows, with selection and "Retry" for editors. */
export function LogTable({ workspaceId, channelId, items, canRetry }: LogTableProps) {
  const t = useTranslations('channelLog');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const retry = useMutation(
    trpc.delivery.retry.mutationOptions({
      onSuccess: async () => {
        setSelected(new Set());
        await queryClient.invalidateQueries(trpc.delivery.list.pathFilter());
      },
    }),
  );
  const retryable = items.filter((item) => deliveryStatusInfo(item).retryable).map((item) => item.id);
  // Rows that left the retryable states (or the page) drop out of the selection.
  const chosen = retryable.filter((id) => selected.has(id));
  const send = (messageIds: number[]) => retry.mutate({ workspaceId, channelId, messageIds });
  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const allChosen = retryable.length > 0 && chosen.length === retryable.length;
  // The selection column appears only while this page holds something to send again.
  const selectable = canRetry && retryable.length > 0;

  const columns = [
    t('columnTime'),
    <span key="dir" className="sr-only">
      {t('columnDirection')}
    </span>,
    t('columnContact'),
    t('columnMessage'),
    t('columnStatus'),
    t('columnError'),
  ];
  if (selectable) {
    columns.unshift(
      <input
        key="all"
        type="checkbox"
        checked={allChosen}
        onChange={() => setSelected(allChosen ? new Set() : new Set(retryable))}
        aria-label={t('selectAll')}
        className="h-4 w-4 rounded border-slate-300 accent-brand-600"
      />,
    );
  }

  return (
    <div className="flex flex-col gap-3">
      {selectable && (chosen.length > 0 || retry.data || retry.error) ? (
        <div className="flex flex-wrap items-center gap-3">
          {chosen.length > 0 ? (
            <Button size="sm" onClick={() => send(chosen.slice(0, 100))} disabled={retry.isPending}>
              {t('retrySelected', { count: chosen.length })}
            </Button>
          ) : null}
          {retry.error ? <Alert>{errorMessage(retry.error)}</Alert> : null}
          {retry.data && !retry.isPending ? (
            <span role="status" className="text-sm text-emerald-700">
              {t('queued', { count: retry.data.queued })}
            </span>
          ) : null}
        </div>
      ) : null}
      <DataTable columns={columns} label={t('tableLabel')} wide dense>
        {items.map((item) => (
          <LogRow
            key={item.id}
            item={item}
            selection={
              selectable
                ? {
                    selected: selected.has(item.id),
                    onToggle: () => toggle(item.id),
                    onRetry: () => send([item.id]),
                    busy: retry.isPending,
                  }
                : null
            }
          />
        ))}
      </DataTable>
    </div>
  );
}
