'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { type KeywordReplyRule } from '@/core';
import { ChipInput } from '@/components/editor/inspector/chip-input';
import { NumberField } from '@/components/editor/inspector/number-field';
import { RowActions } from '@/components/editor/inspector/row-actions';
import { SegmentedControl } from '@/components/editor/inspector/segmented-control';
import { TextField } from '@/components/ui/text-field';
import { EnableSwitch } from './enable-switch';
import { FieldProblems } from './field-problems';
import { ReplyEditor } from './reply-editor';
import { useProblemsAt } from './use-problems-at';

export interface KeywordRuleCardProps {
  rule: KeywordReplyRule;
  index: number;
  count: number;
  onChange(rule: KeywordReplyRule): void;
  /** Absent while the list is filtered (moving then would be confusing). */
  onMove?(from: number, to: number): void;
  onDelete(index: number): void;
  readOnly: boolean;
}

/** One keyword → answer rule: name, keywords, match mode, priority, on/off and its reply. */
export function KeywordRuleCard({
  rule,
  index,
  count,
  onChange,
  onMove,
  onDelete,
  readOnly,
}: KeywordRuleCardProps) {
  const t = useTranslations('autoReplies.rules');
  const headingId = useId();
  const path = ['keywordRules', index] as const;
  const keywordProblems = useProblemsAt([...path, 'keywords']);
  const idProblems = useProblemsAt([...path, 'id']);
  const ownProblems = useProblemsAt(path, true);
  const otherProblems = [...idProblems, ...ownProblems];
  const nameProblems = useProblemsAt([...path, 'name']);
  const priorityProblems = useProblemsAt([...path, 'priority']);
  const title = t('ruleTitle', { number: index + 1 });
  const set = <K extends keyof KeywordReplyRule>(key: K, value: KeywordReplyRule[K]) =>
    onChange({ ...rule, [key]: value });
  return (
    <li
      aria-labelledby={headingId}
      className={`flex flex-col gap-3 rounded-lg border p-4 ${rule.enabled ? 'border-slate-200 bg-white' : 'border-dashed border-slate-300 bg-slate-50'}`}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-slate-900">
          {title}
          {rule.name.trim() ? <span className="font-normal text-slate-600"> · {rule.name}</span> : null}
        </h3>
        {readOnly ? null : (
          <RowActions index={index} count={count} itemLabel={title} onMove={onMove} onRemove={onDelete} />
        )}
      </div>
      <FieldProblems messages={otherProblems} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('name')}
          value={rule.name}
          maxLength={60}
          disabled={readOnly}
          placeholder={t('namePlaceholder')}
          error={nameProblems.join(' ') || null}
          onChange={(event) => set('name', event.target.value)}
        />
        <NumberField
          label={t('priority')}
          value={rule.priority}
          integer
          min={-1000}
          max={1000}
          disabled={readOnly}
          hint={t('priorityHint')}
          error={priorityProblems.join(' ') || undefined}
          onChange={(priority) => set('priority', priority ?? 0)}
        />
      </div>
      <ChipInput
        label={t('keywords')}
        values={rule.keywords}
        disabled={readOnly}
        hint={t('keywordsHint')}
        error={keywordProblems.join(' ') || undefined}
        validate={(value) => (value.length > 100 ? t('keywordTooLong') : null)}
        onChange={(keywords) => set('keywords', keywords)}
      />
      <div className="flex flex-wrap items-end gap-6">
        <SegmentedControl
          label={t('match')}
          value={rule.match}
          disabled={readOnly}
          options={[
            { value: 'exact', label: t('exact') },
            { value: 'contains', label: t('contains') },
          ]}
          onChange={(match) => set('match', match)}
        />
        <EnableSwitch
          label={t('enabled')}
          checked={rule.enabled}
          disabled={readOnly}
          onChange={(enabled) => set('enabled', enabled)}
        />
      </div>
      <p className="text-xs text-slate-500">{t(`matchHint.${rule.match}`)}</p>
      <ReplyEditor
        reply={rule.reply}
        readOnly={readOnly}
        path={[...path, 'reply']}
        onChange={(reply) => set('reply', reply)}
      />
    </li>
  );
}
