import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { SignOutButton } from './sign-out-button';

/** Shown instead of a workspace the signed-in user does not belong to. */
export function NotMember({ email }: { email: string }) {
  const t = useTranslations('notMember');
  return (
    <AuthCard signedIn title={t('title')} subtitle={t('description', { email })}>
      <div className="flex flex-col gap-3">
        <Link
          href="/"
          className="inline-flex h-10 items-center justify-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t('goToWorkspaces')}
        </Link>
        <p className="text-center text-sm text-slate-500">{t('askForInvite')}</p>
        <SignOutButton className="self-center" />
      </div>
    </AuthCard>
  );
}
