'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { type KeywordReplyRule } from '@/core';
import { moveItem } from '@/components/editor/inspector/move-item';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SearchInput } from '@/components/ui/search-input';
import { AutoReplySection } from './auto-reply-section';
import { FieldProblems } from './field-problems';
import { filterRules } from './filter-rules';
import { KeywordRuleCard } from './keyword-rule-card';
import { newKeywordRule } from './new-keyword-rule';
import { useProblemsAt } from './use-problems-at';

/** The schema's limit on rules, and how many rules make the search box appear. */
const MAX_RULES = 500;
const SEARCH_FROM = 6;

export interface KeywordRulesSectionProps {
  rules: KeywordReplyRule[];
  onChange(rules: KeywordReplyRule[]): void;
  readOnly: boolean;
}

/** Keyword → answer rules: add, edit, reorder, delete (after confirming) and search. */
export function KeywordRulesSection({ rules, onChange, readOnly }: KeywordRulesSectionProps) {
  const t = useTranslations('autoReplies.rules');
  const [query, setQuery] = useState('');
  const [deleting, setDeleting] = useState<number | null>(null);
  const listProblems = useProblemsAt(['keywordRules'], true);
  const shown = filterRules(rules, query);
  const filtering = query.trim() !== '';
  const doomed = deleting === null ? undefined : rules[deleting];

  return (
    <AutoReplySection title={t('title')} description={t('description')}>
      <FieldProblems messages={listProblems} />
      {rules.length >= SEARCH_FROM || filtering ? (
        <SearchInput
          label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onChange={setQuery}
          className="w-full max-w-sm"
        />
      ) : null}
      {rules.length === 0 ? <p className="text-sm text-slate-500">{t('empty')}</p> : null}
      {filtering ? (
        <p className="text-xs text-slate-500" aria-live="polite">
          {t('shown', { shown: shown.length, total: rules.length })}
        </p>
      ) : null}
      <ol className="flex flex-col gap-3">
        {shown.map((index) => {
          const rule = rules[index]!;
          return (
            <KeywordRuleCard
              key={rule.id}
              rule={rule}
              index={index}
              count={rules.length}
              readOnly={readOnly}
              onChange={(next) => onChange(rules.map((r, i) => (i === index ? next : r)))}
              onMove={filtering ? undefined : (from, to) => onChange(moveItem(rules, from, to))}
              onDelete={setDeleting}
            />
          );
        })}
      </ol>
      {readOnly ? null : (
        <div className="flex items-center gap-2">
          <Button
            variant="secondary"
            disabled={rules.length >= MAX_RULES}
            onClick={() => {
              setQuery('');
              onChange([...rules, newKeywordRule(rules.map((r) => r.id))]);
            }}
          >
            {t('add')}
          </Button>
          {rules.length >= MAX_RULES ? (
            <span className="text-xs text-slate-500">{t('full', { max: MAX_RULES })}</span>
          ) : null}
        </div>
      )}
      <ConfirmDialog
        open={doomed !== undefined}
        title={t('deleteTitle')}
        message={t('deleteMessage', {
          rule: doomed
            ? doomed.name.trim() || doomed.keywords[0] || t('ruleTitle', { number: (deleting ?? 0) + 1 })
            : '',
        })}
        confirmLabel={t('deleteConfirm')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting !== null) onChange(rules.filter((_, i) => i !== deleting));
          setDeleting(null);
        }}
      />
    </AutoReplySection>
  );
}
