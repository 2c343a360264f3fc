'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/text-area-field';
import type { AccountSettingsRow } from './account-settings-row';
import { allowlistLines, sameEntries, type AllowlistLine } from './allowlist-lines';
import { SaveRow } from './save-row';
import { zodIssuesOf } from './zod-issues-of';

/** The allowlist's size limit in `httpAllowlistSchema` (server/runtime/http/http-allowlist.ts). */
const MAX_ENTRIES = 100;

/**
 * The private destinations HTTP-request nodes may call. Owners edit one entry per line and save with
 * `account.setHttpAllowlist` (all or nothing: an invalid line saves nothing and is named); everyone
 * else sees the list read-only.
 */
export function HttpAllowlistForm({ account }: { account: AccountSettingsRow }) {
  const t = useTranslations('accountSettings');
  const { workspaceId, isOwner } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const errorId = useId();
  const [text, setText] = useState(account.httpAllowlist.join('\n'));
  // The lines of the last attempt, so issue indexes still name the right lines while the user edits.
  const [sent, setSent] = useState<AllowlistLine[]>([]);
  const save = useMutation(
    trpc.account.setHttpAllowlist.mutationOptions({
      onSuccess: async (saved) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.account.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.account.get.queryKey() }),
        ]);
        setText(saved.allowlist.join('\n'));
      },
    }),
  );

  const lines = allowlistLines(text);
  const dirty = !sameEntries(
    lines.map((l) => l.entry),
    account.httpAllowlist,
  );
  const errors = problems(save.error);

  function problems(error: unknown): string[] {
    if (!error) return [];
    const issues = zodIssuesOf(error).filter((i) => i.path[0] === 'allowlist');
    if (issues.length === 0) return [errorMessage(error)];
    return issues.map((issue) => {
      const index = issue.path[1];
      const line = typeof index === 'number' ? sent[index] : undefined;
      return line
        ? t('errors.entryInvalid', { line: line.line, entry: line.entry })
        : t('errors.tooManyEntries', { max: MAX_ENTRIES });
    });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(lines);
    save.mutate({ workspaceId, accountId: account.id, allowlist: lines.map((l) => l.entry) });
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-600">{t('allowlist.description')}</p>
      <div className="text-xs text-slate-500">
        <p>{t('allowlist.kinds')}</p>
        <p className="mt-1">
          {t('allowlist.examplesLabel')}{' '}
          <code className="rounded bg-slate-100 px-1 font-mono text-slate-700">
            api.internal.example · *.corp.example · 192.168.1.20 · 10.0.0.0/8 · fd00::/8
          </code>
        </p>
      </div>
      {isOwner ? (
        <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
          <TextAreaField
            label={t('allowlist.label')}
            hint={t('allowlist.hint')}
            rows={6}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            style={{ fontFamily: 'var(--font-mono)' }}
            placeholder={'api.internal.example\n10.0.0.0/8'}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              save.reset();
            }}
            aria-invalid={errors.length > 0 ? true : undefined}
            aria-describedby={errors.length > 0 ? errorId : undefined}
          />
          {errors.length > 0 ? (
            <div id={errorId}>
              <Alert>
                <p>{t('allowlist.notSaved')}</p>
                <ul className="mt-1 list-disc pl-5">
                  {errors.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              </Alert>
            </div>
          ) : null}
          <SaveRow dirty={dirty} pending={save.isPending} saved={save.isSuccess && !dirty} />
        </form>
      ) : (
        <div className="flex flex-col gap-2">
          <span className="text-sm font-medium text-slate-700">{t('allowlist.label')}</span>
          {account.httpAllowlist.length === 0 ? (
            <p className="text-sm text-slate-500">{t('allowlist.empty')}</p>
          ) : (
            <ul aria-label={t('allowlist.label')} className="flex flex-col gap-1">
              {account.httpAllowlist.map((entry) => (
                <li key={entry} className="font-mono text-sm break-all text-slate-800">
                  {entry}
                </li>
              ))}
            </ul>
          )}
          <p className="text-sm text-slate-500">{t('allowlist.ownersOnly')}</p>
        </div>
      )}
    </div>
  );
}
