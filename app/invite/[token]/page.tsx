import { TRPCError } from '@trpc/server';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { AcceptInviteButton } from '@/components/invite/accept-invite-button';
import { InviteSummary } from '@/components/invite/invite-summary';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { AppError } from '@/server/api/app-error';
import { getServerContext } from '@/server/api/server-context';

export async function generateMetadata() {
  const t = await getTranslations('invite');
  return { title: t('title') };
}

const linkClass =
  'inline-flex h-10 items-center justify-center rounded-md px-4 text-sm font-medium transition-colors';

/** An invite link: what it offers, then sign in / sign up (and come back) or accept. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { user, api } = await getServerContext();
  const t = await getTranslations('invite');
  const tErrors = await getTranslations('errors');

  let invite;
  try {
    invite = await api.invite.preview({ token });
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const expired = error instanceof AppError && error.appCode === 'INVITE_EXPIRED';
    return (
      <AuthCard signedIn={user !== null} title={expired ? t('expiredTitle') : t('invalidTitle')}>
        <p className="text-sm text-slate-600">{tErrors(expired ? 'INVITE_EXPIRED' : 'INVITE_INVALID')}</p>
        <Link href="/" className={`${linkClass} mt-6 w-full bg-brand-600 text-white hover:bg-brand-700`}>
          {t('home')}
        </Link>
      </AuthCard>
    );
  }

  const here = encodeURIComponent(`/invite/${token}`);
  const title = t('heading', { workspace: invite.workspaceName });
  if (!user) {
    return (
      <AuthCard title={title} subtitle={t('signedOutSubtitle')}>
        <InviteSummary {...invite} />
        <div className="flex flex-col gap-2">
          <Link
            href={`/sign-up?next=${here}&email=${encodeURIComponent(invite.email)}`}
            className={`${linkClass} bg-brand-600 text-white hover:bg-brand-700`}
          >
            {t('signUpToJoin')}
          </Link>
          <Link
            href={`/sign-in?next=${here}`}
            className={`${linkClass} bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50`}
          >
            {t('signInToJoin')}
          </Link>
        </div>
      </AuthCard>
    );
  }

  const mismatch = user.email.toLowerCase() !== invite.email.toLowerCase();
  return (
    <AuthCard signedIn title={title} subtitle={t('signedInSubtitle', { email: user.email })}>
      <InviteSummary {...invite} />
      {mismatch ? (
        <div className="flex flex-col gap-3">
          <p
            role="alert"
            className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            {t('wrongAccount', { invited: invite.email, current: user.email })}
          </p>
          <SignOutButton className="self-center" redirectTo={`/invite/${token}`} />
        </div>
      ) : (
        <AcceptInviteButton token={token} />
      )}
    </AuthCard>
  );
}
