'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { isEmail } from '@/components/lib/is-email';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { Role } from '@/server/db/schema';
import { InviteLink } from './invite-link';
import { roles } from './roles';

/** Owners only: invite by email and role (a shareable link, there is no mail), list and revoke. */
export function InvitePanel() {
  const t = useTranslations('members');
  const tRoles = useTranslations('roles');
  const format = useFormatter();
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [link, setLink] = useState<{ url: string; email: string } | null>(null);
  const pending = useQuery(trpc.invite.list.queryOptions({ workspaceId }));

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.invite.list.queryKey() });
  const create = useMutation(
    trpc.invite.create.mutationOptions({
      onSuccess: async ({ token }, input) => {
        setLink({ url: `${window.location.origin}/invite/${token}`, email: input.email });
        setEmail('');
        await refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.invite.revoke.mutationOptions({ onSuccess: refresh }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLink(null);
    if (!isEmail(email)) {
      setEmailError(t('emailInvalid'));
      return;
    }
    setEmailError(null);
    create.mutate({ workspaceId, email: email.trim(), role });
  };

  return (
    <section aria-labelledby="invite-heading" className="mt-10">
      <h2 id="invite-heading" className="text-lg font-semibold text-slate-900">
        {t('inviteTitle')}
      </h2>
      <p className="mt-1 text-sm text-slate-500">{t('inviteDescription')}</p>
      <form
        onSubmit={submit}
        noValidate
        className="mt-4 flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end"
      >
        <TextField
          label={t('inviteEmail')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={emailError}
          required
          className="flex-1"
        />
        <SelectField
          label={t('inviteRole')}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          options={roles.map((r) => ({ value: r, label: tRoles(r) }))}
        />
        <Button type="submit" disabled={create.isPending || !email.trim()}>
          {create.isPending ? t('inviting') : t('invite')}
        </Button>
      </form>
      <div className="mt-3 flex flex-col gap-3">
        {create.error ? <Alert>{errorMessage(create.error)}</Alert> : null}
        {link ? <InviteLink url={link.url} email={link.email} /> : null}
        {revoke.error ? <Alert>{errorMessage(revoke.error)}</Alert> : null}
      </div>

      <h3 className="mt-8 text-sm font-semibold text-slate-900">{t('pendingTitle')}</h3>
      {pending.data && pending.data.length > 0 ? (
        <ul
          aria-label={t('pendingTitle')}
          className="mt-2 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white"
        >
          {pending.data.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
              <span>
                <span className="font-medium text-slate-900">{i.email}</span>
                <span className="ml-2 text-slate-500">{tRoles(i.role)}</span>
              </span>
              <span className="flex items-center gap-3">
                <span className="text-xs text-slate-500">
                  {t('expires', { date: format.dateTime(i.expiresAt, { dateStyle: 'medium' }) })}
                </span>
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate({ workspaceId, inviteId: i.id })}
                  aria-label={t('revokeFor', { email: i.email })}
                >
                  {t('revoke')}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      ) : pending.error ? (
        <Alert>{errorMessage(pending.error)}</Alert>
      ) : (
        <p className="mt-2 text-sm text-slate-500">{pending.isPending ? '…' : t('pendingEmpty')}</p>
      )}
    </section>
  );
}
