import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { getServerContext } from '@/server/api/server-context';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  const { user } = await getServerContext();
  return (
    <AuthCard signedIn={user !== null} title={t('title')} subtitle={t('description')}>
      <Link
        href="/"
        className="inline-flex h-10 w-full items-center justify-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t('home')}
      </Link>
    </AuthCard>
  );
}
