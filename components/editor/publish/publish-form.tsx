'use client';
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Button } from '@/components/ui/button';
import { QueryStatus } from '@/components/ui/query-status';
import { TextAreaField } from '@/components/ui/text-area-field';
import { AccountChecklist } from '@/components/versions/account-checklist';
import { useEditorStoreApi } from '../store/editor-store-context';
import { CheckboxField } from '../inspector/checkbox-field';
import { defaultAccountSelection } from './default-account-selection';
import { liveByAccount } from '@/components/versions/live-by-account';
import { PreparationNotice } from './preparation-notice';
import { PublishDiagnosticList } from './publish-diagnostic-list';
import { type PublishFailure, readPublishError } from './read-publish-error';
import { PublishFailureNotice } from './publish-failure-notice';
import { PublishSuccess } from './publish-success';
import { PublishTestsNotice } from './publish-tests-notice';
import { usePublishFlow } from './use-publish-flow';
import { usePublishPreparation } from './use-publish-preparation';
import { usePublishTests } from './use-publish-tests';

const NOTE_MAX = 500;

export interface PublishFormProps {
  flowId: string;
  onClose: () => void;
  /** Closes the dialog and shows a finding's node (or edge) on the canvas. */
  onFocus: (target: { nodeId?: string; edgeId?: string }) => void;
}

/**
 * The publish dialog's body: saves the draft first, shows what the compiler finds in it (errors
 * block; warnings need a tick), which accounts get the new version (those running this flow are
 * pre-checked), how the test cases fare (failures block unless an owner overrides), an optional
 * note, and the outcome.
 */
export function PublishForm({ flowId, onClose, onFocus }: PublishFormProps) {
  const t = useTranslations('publish');
  const format = useFormatter();
  const trpc = useTRPC();
  const { workspaceId } = useWorkspace();
  const store = useEditorStoreApi();
  const errorMessage = useErrorMessage();
  const { preparation, retry } = usePublishPreparation();
  const accounts = useQuery(trpc.account.list.queryOptions({ workspaceId }));
  const versions = useQuery(trpc.version.list.queryOptions({ workspaceId, flowId }));
  const publish = usePublishFlow(flowId);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [failure, setFailure] = useState<PublishFailure | null>(null);
  const revision = preparation.phase === 'ready' ? preparation.revision : null;
  const tests = usePublishTests({ flowId, revision, failure });

  const live = useMemo(() => liveByAccount(versions.data?.versions ?? []), [versions.data]);
  const usable = (accounts.data ?? []).filter((a) => !a.archivedAt);
  const selected = chosen ?? defaultAccountSelection(usable, live);

  if (publish.data) {
    return (
      <PublishSuccess
        number={publish.data.number}
        accounts={publish.data.accounts}
        failedTests={publish.data.tests.failed}
        historyHref={`/w/${workspaceId}/flows/${flowId}/history`}
        onClose={onClose}
      />
    );
  }

  const ready = preparation.phase === 'ready' ? preparation : null;
  const errors =
    failure?.kind === 'errors' && failure.diagnostics.length > 0
      ? failure.diagnostics
      : (ready?.errors ?? []);
  const warnings =
    failure?.kind === 'warnings' && failure.diagnostics.length > 0
      ? failure.diagnostics
      : (ready?.warnings ?? []);
  const listsLoaded = accounts.isSuccess && versions.isSuccess;
  const noteTooLong = note.trim().length > NOTE_MAX;
  const canPublish =
    ready !== null &&
    errors.length === 0 &&
    (warnings.length === 0 || confirmed) &&
    listsLoaded &&
    !noteTooLong &&
    !publish.isPending &&
    !tests.blocks &&
    failure?.kind !== 'conflict';

  const submit = () => {
    if (!ready || !canPublish) return;
    const state = store.getState();
    // An edit since the dialog got ready (should the canvas still take keys): review again first.
    if (state.revision !== ready.revision || state.docVersion !== state.savedVersion) return retry();
    setFailure(null);
    publish.mutate(
      {
        workspaceId,
        flowId,
        accountIds: selected,
        note: note.trim(),
        expectedRevision: ready.revision,
        confirmWarnings: warnings.length > 0 && confirmed,
        allowFailingTests: tests.allowFailingTests,
      },
      { onError: (error) => setFailure(readPublishError(error)) },
    );
  };

  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <PreparationNotice preparation={preparation} onRetry={retry} />
      {failure ? (
        <PublishFailureNotice
          flowId={flowId}
          failure={failure}
          message={publish.error ? errorMessage(publish.error) : ''}
          onReloaded={onClose}
        />
      ) : null}
      {ready ? (
        <>
          <PublishDiagnosticList
            title={t('errorsTitle', { count: errors.length })}
            diagnostics={errors}
            onFocus={onFocus}
          />
          <PublishDiagnosticList
            title={t('warningsTitle', { count: warnings.length })}
            diagnostics={warnings}
            onFocus={onFocus}
          />
          {warnings.length > 0 && errors.length === 0 ? (
            <CheckboxField
              label={t('confirmWarnings', { count: warnings.length })}
              checked={confirmed}
              onChange={setConfirmed}
            />
          ) : null}
        </>
      ) : null}
      <PublishTestsNotice {...tests} onOverrideChange={tests.setOverride} />
      {!listsLoaded ? (
        <QueryStatus query={accounts.error ? accounts : versions} />
      ) : usable.length === 0 ? (
        <p className="text-sm text-slate-500">{t('accounts.none')}</p>
      ) : (
        <AccountChecklist
          legend={t('accounts.legend')}
          accounts={usable.map((account) => {
            const now = live.get(account.id);
            const when = now
              ? format.dateTime(now.deployedAt, { dateStyle: 'medium', timeStyle: 'short' })
              : '';
            return {
              id: account.id,
              name: account.name,
              hint: now ? t('accounts.liveSince', { version: now.number, when }) : t('accounts.notLive'),
            };
          })}
          selected={selected}
          onChange={setChosen}
        />
      )}
      {listsLoaded && usable.length > 0 ? (
        <p className="-mt-2 text-xs text-slate-500">{t('accounts.hint')}</p>
      ) : null}
      <TextAreaField
        label={t('note')}
        hint={noteTooLong ? t('noteTooLong', { max: NOTE_MAX }) : t('noteHint', { max: NOTE_MAX })}
        value={note}
        maxLength={NOTE_MAX}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose} disabled={publish.isPending}>
          {t('cancel')}
        </Button>
        <Button type="submit" disabled={!canPublish}>
          {publish.isPending ? t('publishing') : t('confirm')}
        </Button>
      </div>
    </form>
  );
}
