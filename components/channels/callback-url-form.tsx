'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { isHttpUrl } from './is-http-url';

export interface CallbackUrlFormProps {
  channelId: string;
  callbackUrl: string | null;
}

/** A webhook's callback URL: editable by editors (empty removes it), read-only for viewers. */
export function CallbackUrlForm({ channelId, callbackUrl }: CallbackUrlFormProps) {
  const t = useTranslations('channels');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [value, setValue] = useState(callbackUrl ?? '');
  const [invalid, setInvalid] = useState(false);
  const save = useMutation(
    trpc.channel.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.channel.list.queryKey() }),
    }),
  );

  if (!canEdit) {
    return (
      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-700">{t('callbackUrl')}</span>
        <span className="font-mono text-xs break-all text-slate-700">{callbackUrl ?? t('callbackNone')}</span>
        <p className="text-xs text-slate-500">{t('callbackHint')}</p>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed && !isHttpUrl(trimmed)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    save.mutate({ workspaceId, channelId, callbackUrl: trimmed || null });
  };
  const unchanged = value.trim() === (callbackUrl ?? '');

  return (
    <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row sm:items-start" noValidate>
      <TextField
        className="flex-1"
        label={t('callbackUrl')}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          save.reset();
        }}
        error={invalid ? t('callbackInvalid') : save.error ? errorMessage(save.error) : null}
        hint={t('callbackHint')}
        maxLength={2000}
        autoComplete="off"
      />
      <Button type="submit" variant="secondary" className="sm:mt-6" disabled={save.isPending || unchanged}>
        {save.isPending ? t('saving') : save.isSuccess && unchanged ? t('saved') : t('save')}
      </Button>
    </form>
  );
}
