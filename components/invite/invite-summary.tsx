import { useTranslations } from 'next-intl';
import type { Role } from '@/server/db/schema';

/** What an invite offers: the workspace, the role and the address it was sent to. */
export function InviteSummary({
  workspaceName,
  role,
  email,
}: {
  workspaceName: string;
  role: Role;
  email: string;
}) {
  const t = useTranslations('invite');
  const tRoles = useTranslations('roles');
  return (
    <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-md bg-slate-50 p-4 text-sm">
      <dt className="text-slate-500">{t('workspace')}</dt>
      <dd className="font-semibold text-slate-900">{workspaceName}</dd>
      <dt className="text-slate-500">{t('role')}</dt>
      <dd className="text-slate-900">{tRoles(role)}</dd>
      <dt className="text-slate-500">{t('email')}</dt>
      <dd className="break-all text-slate-900">{email}</dd>
    </dl>
  );
}
