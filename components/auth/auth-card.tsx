import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/shell/language-switch';

/** The centred card of the signed-out pages (sign-in, sign-up, first-run setup, invites). */
export function AuthCard({
  title,
  subtitle,
  children,
  signedIn = false,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
  /** Save a language change on the user (their saved choice outranks the cookie). */
  signedIn?: boolean;
}) {
  return (
    <main className="flex min-h-full flex-col items-center justify-center px-4 py-12">
      <div className="mb-6 flex items-center gap-2 text-lg font-semibold text-slate-900">
        <span className="inline-flex h-8 w-8 items-center justify-center rounded-lg bg-brand-600 text-white">
          R
        </span>
        ReplyFlow
      </div>
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{title}</h1>
        {subtitle ? <p className="mt-1 text-sm text-slate-500">{subtitle}</p> : null}
        <div className="mt-6">{children}</div>
      </div>
      <div className="mt-6">
        <LanguageSwitch signedIn={signedIn} />
      </div>
    </main>
  );
}
