import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SetupForm } from '@/components/auth/setup-form';
import { getServerContext } from '@/server/api/server-context';

export async function generateMetadata() {
  const t = await getTranslations('setup');
  return { title: t('title') };
}

/** First run only: once any user exists, setup is closed and everyone signs in instead. */
export default async function SetupPage() {
  const { api } = await getServerContext();
  const { needsSetup } = await api.setup.status();
  if (!needsSetup) redirect('/sign-in');
  const t = await getTranslations('setup');
  return (
    <AuthCard title={t('title')} subtitle={t('subtitle')}>
      <SetupForm />
    </AuthCard>
  );
}
