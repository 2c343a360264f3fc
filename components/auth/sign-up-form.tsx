'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { AccountFields } from './account-fields';
import { useSignUp, type SignUpValues } from './use-sign-up';

export function SignUpForm({ next, defaultEmail = '' }: { next: string; defaultEmail?: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const { signUp, errors, busy } = useSignUp();
  const [values, setValues] = useState<SignUpValues>({ name: '', email: defaultEmail, password: '' });
  const [leaving, setLeaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await signUp(values))) return;
    setLeaving(true);
    router.replace(next);
    router.refresh();
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {errors.form ? <Alert>{errors.form}</Alert> : null}
      <AccountFields values={values} errors={errors} onChange={setValues} />
      <Button type="submit" disabled={busy || leaving}>
        {busy || leaving ? t('creatingAccount') : t('createAccount')}
      </Button>
      <p className="text-center text-sm text-slate-500">
        {t('haveAccount')}{' '}
        <Link
          href={`/sign-in${next !== '/onboarding' ? `?next=${encodeURIComponent(next)}` : ''}`}
          className="font-medium text-brand-700 hover:underline"
        >
          {t('signIn')}
        </Link>
      </p>
    </form>
  );
}
