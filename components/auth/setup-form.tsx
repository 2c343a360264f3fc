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
import { AccountFields } from './account-fields';
import { useSignUp, type SignUpValues } from './use-sign-up';

/** First run: creates the first owner and their workspace, then opens it. */
export function SetupForm() {
  const t = useTranslations('setup');
  const tCommon = useTranslations('common');
  const router = useRouter();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const { signUp, errors, busy } = useSignUp();
  const createWorkspace = useMutation(trpc.workspace.create.mutationOptions());
  const [values, setValues] = useState<SignUpValues>({ name: '', email: '', password: '' });
  const [workspaceName, setWorkspaceName] = useState('');
  const [workspaceError, setWorkspaceError] = useState<string | null>(null);
  // Once the account exists, a retry (e.g. after a network error) only creates the workspace.
  const [signedUp, setSignedUp] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!workspaceName.trim()) {
      setWorkspaceError(tCommon('nameRequired'));
      return;
    }
    setWorkspaceError(null);
    if (!signedUp) {
      if (!(await signUp(values))) return;
      setSignedUp(true);
    }
    const workspace = await createWorkspace.mutateAsync({ name: workspaceName.trim() }).catch(() => null);
    if (!workspace) return;
    router.replace(`/w/${workspace.id}/flows`);
    router.refresh();
  };

  const pending = busy || createWorkspace.isPending;
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {errors.form ? <Alert>{errors.form}</Alert> : null}
      {createWorkspace.error ? <Alert>{errorMessage(createWorkspace.error)}</Alert> : null}
      <TextField
        label={t('workspaceName')}
        hint={t('workspaceHint')}
        value={workspaceName}
        onChange={(e) => setWorkspaceName(e.target.value)}
        error={workspaceError}
        maxLength={80}
        required
      />
      <fieldset disabled={signedUp} className="flex flex-col gap-4">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t('ownerAccount')}</legend>
        <AccountFields values={values} errors={errors} onChange={setValues} />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t('creating') : t('submit')}
      </Button>
    </form>
  );
}
