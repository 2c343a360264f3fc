'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type AutoReplySettings } from '@/core';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { appCodeOf } from './app-code-of';
import { appProblemsOf } from './app-problems-of';
import { type DraftProblem } from './draft-problem';
import { validateDraft } from './validate-draft';

export type SaveOutcome =
  | { kind: 'saved'; versionNumber: number | null }
  | { kind: 'conflict'; mine: AutoReplySettings }
  | { kind: 'error'; error: unknown };

export interface UseSaveAutoRepliesOptions {
  accountId: string;
  timezone: string;
  /** Called with what was stored and the new revision. */
  onSaved(settings: AutoReplySettings, revision: number): void;
}

/**
 * Saving and publishing one draft: checked locally first (same checks as the server), then
 * `autoReply.save` with the revision it was loaded at. Problems stay live after a failed
 * attempt, so fixing a field clears its message; `edited()` drops stale server results.
 */
export function useSaveAutoReplies({ accountId, timezone, onSaved }: UseSaveAutoRepliesOptions) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspaceId } = useWorkspace();
  const mutation = useMutation(trpc.autoReply.save.mutationOptions());
  const [checking, setChecking] = useState(false);
  const [serverProblems, setServerProblems] = useState<DraftProblem[] | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  const problemsOf = (draft: AutoReplySettings): DraftProblem[] => {
    if (serverProblems) return serverProblems;
    if (!checking) return [];
    const result = validateDraft(draft, timezone);
    return result.ok ? [] : result.problems;
  };

  const submit = (draft: AutoReplySettings, revision: number): boolean => {
    setChecking(true);
    setServerProblems(null);
    setOutcome(null);
    const result = validateDraft(draft, timezone);
    if (!result.ok) return false;
    mutation.mutate(
      { workspaceId, accountId, revision, settings: result.settings },
      {
        onSuccess: (saved) => {
          onSaved(result.settings, saved.revision);
          setChecking(false);
          setOutcome({ kind: 'saved', versionNumber: saved.versionNumber });
        },
        onError: (error) => {
          const code = appCodeOf(error);
          if (code === 'REVISION_CONFLICT') setOutcome({ kind: 'conflict', mine: draft });
          else if (code === 'AUTO_REPLY_INVALID' && appProblemsOf(error).length > 0)
            setServerProblems(appProblemsOf(error));
          else setOutcome({ kind: 'error', error });
        },
        onSettled: () =>
          Promise.all([
            queryClient.invalidateQueries({ queryKey: trpc.autoReply.pathKey() }),
            queryClient.invalidateQueries({ queryKey: trpc.deployment.pathKey() }),
            queryClient.invalidateQueries({ queryKey: trpc.account.pathKey() }),
          ]),
      },
    );
    return true;
  };

  return {
    submit,
    problemsOf,
    pending: mutation.isPending,
    outcome,
    /** The draft changed: a shown "Saved" or server problem no longer describes it. */
    edited: () => {
      setServerProblems(null);
      setOutcome((current) => (current?.kind === 'conflict' ? current : null));
    },
    dismissConflict: () => setOutcome(null),
  };
}
