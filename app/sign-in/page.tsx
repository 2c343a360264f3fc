import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeNext } from '@/components/lib/safe-next';
import { getServerContext } from '@/server/api/server-context';

export async function generateMetadata() {
  const t = await getTranslations('auth');
  return { title: t('signInTitle') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { user } = await getServerContext();
  const { next } = await searchParams;
  const target = safeNext(next, '/');
  if (user) redirect(target);
  const t = await getTranslations('auth');
  return (
    <AuthCard title={t('signInTitle')} subtitle={t('signInSubtitle')}>
      <SignInForm next={target} />
    </AuthCard>
  );
}
