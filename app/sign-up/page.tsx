import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { safeNext } from '@/components/lib/safe-next';
import { getServerContext } from '@/server/api/server-context';

export async function generateMetadata() {
  const t = await getTranslations('auth');
  return { title: t('signUpTitle') };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; email?: string }>;
}) {
  const { user, api } = await getServerContext();
  const { next, email } = await searchParams;
  const target = safeNext(next, '/onboarding');
  if (user) redirect(target);
  // The very first account is created by setup, which also creates its workspace.
  if ((await api.setup.status()).needsSetup) redirect('/setup');
  const t = await getTranslations('auth');
  return (
    <AuthCard title={t('signUpTitle')} subtitle={t('signUpSubtitle')}>
      <SignUpForm next={target} defaultEmail={email ?? ''} />
    </AuthCard>
  );
}
