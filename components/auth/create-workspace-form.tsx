'use client';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

/** Creates a workspace owned by the signed-in user and opens it. */
export function CreateWorkspaceForm() {
  const t = useTranslations('onboarding');
  const tCommon = useTranslations('common');
  const router = useRouter();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const create = useMutation(
    trpc.workspace.create.mutationOptions({
      onSuccess: (workspace) => {
        router.replace(`/w/${workspace.id}/flows`);
        router.refresh();
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(tCommon('nameRequired'));
      return;
    }
    setNameError(null);
    create.mutate({ name: name.trim() });
  };

  const pending = create.isPending || create.isSuccess;
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {create.error ? <Alert>{errorMessage(create.error)}</Alert> : null}
      <TextField
        label={t('workspaceName')}
        hint={t('workspaceHint')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={nameError}
        maxLength={80}
        autoFocus
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('creating') : t('create')}
      </Button>
    </form>
  );
}
