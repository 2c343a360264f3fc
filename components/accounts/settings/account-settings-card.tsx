'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { AccountSettingsRow } from './account-settings-row';
import { GeneralSettingsForm } from './general-settings-form';
import { HttpAllowlistForm } from './http-allowlist-form';

/**
 * An account's settings: how conversations behave (editors) and which private addresses its
 * HTTP-request nodes may call (owners). Keyed by account id by the caller, so forms start fresh.
 */
export function AccountSettingsCard({ account }: { account: AccountSettingsRow }) {
  const t = useTranslations('accountSettings');
  const conversationsId = useId();
  const allowlistId = useId();
  return (
    <section
      aria-labelledby="account-settings-heading"
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <header className="border-b border-slate-100 px-4 py-3">
        <h2 id="account-settings-heading" className="text-lg font-semibold text-slate-900">
          {t('title')}
        </h2>
        <p className="mt-1 text-sm text-slate-500">{t('subtitle')}</p>
      </header>
      <section aria-labelledby={conversationsId} className="flex flex-col gap-4 p-4">
        <h3 id={conversationsId} className="font-semibold text-slate-900">
          {t('conversations')}
        </h3>
        <GeneralSettingsForm account={account} />
      </section>
      <section aria-labelledby={allowlistId} className="flex flex-col gap-4 border-t border-slate-100 p-4">
        <h3 id={allowlistId} className="font-semibold text-slate-900">
          {t('allowlist.title')}
        </h3>
        <HttpAllowlistForm account={account} />
      </section>
    </section>
  );
}
