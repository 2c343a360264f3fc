'use client';
import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { type AutoReplySettings } from '@/core';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { BusinessHoursSection } from './business-hours-section';
import { ConflictNotice } from './conflict-notice';
import { KeywordRulesSection } from './keyword-rules-section';
import { ProblemSummary } from './problem-summary';
import { ProblemsContext } from './problems-context';
import { SaveBar } from './save-bar';
import { ToggledReplySection, type ToggledReplySectionProps } from './toggled-reply-section';
import { useAutoReplyDraft } from './use-auto-reply-draft';
import { useSaveAutoReplies } from './use-save-auto-replies';

export interface AutoRepliesFormProps {
  accountId: string;
  /** `autoReply.get`'s answer (kept by identity: a new object means the server sent news). */
  data: { settings: AutoReplySettings; revision: number; liveVersion: number | null; timezone: string };
  readOnly: boolean;
}

/** The whole auto-reply draft: five sections, problems where they are, one explicit save. */
export function AutoRepliesForm({ accountId, data, readOnly }: AutoRepliesFormProps) {
  const t = useTranslations('autoReplies');
  const { workspaceId } = useWorkspace();
  const errorMessage = useErrorMessage();
  const summaryRef = useRef<HTMLDivElement>(null);
  const draft = useAutoReplyDraft({ cacheKey: `${workspaceId}:${accountId}`, loaded: data });
  const save = useSaveAutoReplies({ accountId, timezone: data.timezone, onSaved: draft.saved });
  const settings = draft.draft;
  const problems = save.problemsOf(settings);
  const edit = <K extends keyof AutoReplySettings>(key: K, value: AutoReplySettings[K]) => {
    save.edited();
    draft.update((current) => ({ ...current, [key]: value }));
  };
  const toggled = (path: ToggledReplySectionProps['path']) => ({
    path,
    value: settings[path],
    readOnly,
    onChange: (value: AutoReplySettings[typeof path]) => edit(path, value),
  });
  const outcome = save.outcome;
  const savedText =
    outcome?.kind === 'saved'
      ? outcome.versionNumber === null
        ? t('save.savedNothingOn')
        : t('save.savedLive', { number: outcome.versionNumber })
      : null;
  const businessHoursOn = settings.businessHours.enabled;

  return (
    <ProblemsContext value={problems}>
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-600">
          {data.liveVersion === null ? t('liveNone') : t('liveVersion', { number: data.liveVersion })}
        </p>
        {draft.restored ? <Alert tone="info">{t('restored')}</Alert> : null}
        {outcome?.kind === 'conflict' ? (
          <ConflictNotice
            mine={outcome.mine}
            theirsReady={data.revision !== draft.baseline.revision}
            onLoadTheirs={draft.loadTheirs}
            onKeepMine={() => {
              draft.keepMine();
              save.dismissConflict();
            }}
            onDismiss={save.dismissConflict}
          />
        ) : null}
        {outcome?.kind === 'error' ? <Alert>{errorMessage(outcome.error)}</Alert> : null}
        <ProblemSummary ref={summaryRef} problems={problems} />
        <ToggledReplySection {...toggled('follow')} />
        <KeywordRulesSection
          rules={settings.keywordRules}
          readOnly={readOnly}
          onChange={(rules) => edit('keywordRules', rules)}
        />
        <ToggledReplySection {...toggled('defaultReply')} />
        <BusinessHoursSection
          value={settings.businessHours}
          timezone={data.timezone}
          readOnly={readOnly}
          onChange={(value) => edit('businessHours', value)}
        />
        <ToggledReplySection
          {...toggled('offHours')}
          switchDisabledHint={
            !businessHoursOn && !settings.offHours.enabled ? t('offHours.needsHours') : null
          }
          note={
            !businessHoursOn && settings.offHours.enabled ? (
              <p className="text-sm text-amber-700">{t('offHours.noEffect')}</p>
            ) : null
          }
        />
        {readOnly ? null : (
          <SaveBar
            dirty={draft.dirty}
            pending={save.pending}
            savedText={draft.dirty ? null : savedText}
            onDiscard={() => {
              save.edited();
              draft.discard();
            }}
            onSave={() => {
              if (!save.submit(settings, draft.baseline.revision))
                requestAnimationFrame(() => summaryRef.current?.focus());
            }}
          />
        )}
      </div>
    </ProblemsContext>
  );
}
