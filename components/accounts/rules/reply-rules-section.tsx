'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useState } from 'react';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterCheckbox } from '@/components/ui/filter-checkbox';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import { SearchInput } from '@/components/ui/search-input';
import { DefaultRepliesList } from './default-replies-list';
import { filterRules } from './filter-rules';
import { ReplyRuleRow } from './reply-rule-row';
import { type RuleIndex } from './rule-status-cell';
import { rulesSummary } from './rules-summary';
import { RulesSummaryLine } from './rules-summary-line';
import { useTriggerText } from './use-trigger-text';

/**
 * Every keyword and event trigger live on the account, in evaluation order (`deployment.replyRules`),
 * with conflicts and shadowed rules highlighted, a search and an "only problems" filter; then the
 * flows' default replies.
 */
export function ReplyRulesSection({ accountId }: { accountId: string }) {
  const t = useTranslations('replyRules');
  const tOverview = useTranslations('accountOverview');
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  const textOf = useTriggerText();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const table = useQuery(trpc.deployment.replyRules.queryOptions({ workspaceId, accountId }));

  const rows = useMemo(
    () =>
      (table.data?.rules ?? []).map((rule, i) => {
        const text = textOf(rule.matcher);
        const flowName = rule.flowKind === 'auto-reply' ? tOverview('autoReplies') : rule.flowName;
        return {
          rule,
          order: i + 1,
          text,
          findings: rule.findings,
          searchText: [text, rule.label, flowName, rule.target?.label ?? null, rule.target?.text ?? null],
        };
      }),
    [table.data, textOf, tOverview],
  );
  const index: RuleIndex = useMemo(
    () => new Map(rows.map((row) => [row.rule.id, { order: row.order, text: row.text }])),
    [rows],
  );
  const shown = filterRules(rows, { query, onlyProblems });

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <div>
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {t('title')}
        </h2>
        <p className="mt-1 text-sm text-slate-500">{t('help')}</p>
      </div>
      <RefreshFailed query={table} />
      {!hasData(table) ? (
        <QueryStatus query={table} />
      ) : (
        <>
          {rows.length === 0 ? (
            <EmptyState title={t('emptyTitle')} description={t('emptyDescription')} />
          ) : (
            <>
              <RulesSummaryLine summary={rulesSummary(rows)} />
              <div className="flex flex-wrap items-center gap-4">
                <SearchInput
                  label={t('search')}
                  placeholder={t('searchPlaceholder')}
                  value={query}
                  onChange={setQuery}
                  className="w-64"
                />
                <FilterCheckbox label={t('onlyProblems')} checked={onlyProblems} onChange={setOnlyProblems} />
              </div>
              <DataTable
                label={t('title')}
                wide
                dense
                columns={[
                  t('columns.order'),
                  t('columns.trigger'),
                  t('columns.priority'),
                  t('columns.flow'),
                  t('columns.target'),
                  t('columns.status'),
                ]}
              >
                {shown.map((row) => (
                  <ReplyRuleRow
                    key={row.rule.id}
                    accountId={accountId}
                    rule={row.rule}
                    order={row.order}
                    text={row.text}
                    index={index}
                  />
                ))}
                {shown.length === 0 ? (
                  <tr>
                    <td colSpan={6} className="px-3 py-6 text-center text-sm text-slate-500">
                      {t('noMatch')}
                    </td>
                  </tr>
                ) : null}
              </DataTable>
            </>
          )}
          <DefaultRepliesList defaults={table.data.defaults} />
        </>
      )}
    </section>
  );
}
