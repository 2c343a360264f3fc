'use client';
import { useTranslations } from 'next-intl';

export interface AccountHeaderProps {
  account: {
    name: string;
    type: string;
    timezone: string;
    avatarUrl: string | null;
    archivedAt: Date | null;
  };
}

/** The account page's title row: avatar (when set), name, type, time zone and the archived badge. */
export function AccountHeader({ account }: AccountHeaderProps) {
  const t = useTranslations('accountOverview');
  const tAccounts = useTranslations('accounts');
  return (
    <div className="mb-6 flex flex-wrap items-center gap-4">
      {account.avatarUrl ? (
        // A user-supplied URL on any host: next/image would need every host configured.
        <img
          src={account.avatarUrl}
          alt=""
          referrerPolicy="no-referrer"
          className="h-14 w-14 rounded-full border border-slate-200 bg-slate-100 object-cover"
        />
      ) : null}
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{account.name}</h1>
          {account.archivedAt ? (
            <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800">
              {tAccounts('archived')}
            </span>
          ) : null}
        </div>
        <p className="mt-1 text-sm text-slate-500">
          {t('summary', { type: tAccounts(`types.${account.type}`), timezone: account.timezone })}
        </p>
      </div>
    </div>
  );
}
