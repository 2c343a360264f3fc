import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { CreateWorkspaceForm } from '@/components/auth/create-workspace-form';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { getServerContext } from '@/server/api/server-context';

export async function generateMetadata() {
  const t = await getTranslations('onboarding');
  return { title: t('title') };
}

/** Create a workspace: the first one after sign-up, or another one from the workspace switcher. */
export default async function OnboardingPage() {
  const { user, api } = await getServerContext();
  if (!user) redirect('/sign-in?next=%2Fonboarding');
  const me = await api.me.get();
  const first = me.workspaces[0];
  const t = await getTranslations('onboarding');
  return (
    <AuthCard
      signedIn
      title={first ? t('titleAnother') : t('title')}
      subtitle={first ? t('subtitleAnother') : t('subtitle', { name: me.user.name })}
    >
      <CreateWorkspaceForm />
      <div className="mt-6 rounded-md bg-slate-50 p-3 text-sm text-slate-600">
        <p className="font-medium text-slate-800">{t('inviteTitle')}</p>
        <p className="mt-1">{t('inviteExplanation')}</p>
      </div>
      <div className="mt-4 flex items-center justify-between text-sm">
        {first ? (
          <Link href={`/w/${first.id}/flows`} className="font-medium text-brand-700 hover:underline">
            {t('backToWorkspace')}
          </Link>
        ) : (
          <span className="truncate text-slate-500">{t('signedInAs', { email: me.user.email })}</span>
        )}
        <SignOutButton />
      </div>
    </AuthCard>
  );
}
