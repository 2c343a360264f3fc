'use client';
import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { LOCALE_COOKIE, locales, type Locale } from '@/i18n/locales';
import { useTRPC } from '@/components/lib/trpc';

const labels: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Switches the UI language; remembered in a cookie and, when signed in, on the user. */
export function LanguageSwitch({ signedIn = false }: { signedIn?: boolean }) {
  const t = useTranslations('shell');
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const [pending, startTransition] = useTransition();
  const save = useMutation(trpc.me.setLocale.mutationOptions());

  const choose = async (next: Locale) => {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    if (signedIn) await save.mutateAsync({ locale: next });
    startTransition(() => router.refresh());
  };

  return (
    <label className="inline-flex items-center gap-2 text-sm text-slate-600">
      <span className="sr-only">{t('language')}</span>
      <svg
        aria-hidden
        viewBox="0 0 20 20"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        className="h-4 w-4"
      >
        <circle cx="10" cy="10" r="7.5" />
        <path d="M2.5 10h15M10 2.5c2 2.2 3 4.7 3 7.5s-1 5.3-3 7.5c-2-2.2-3-4.7-3-7.5s1-5.3 3-7.5z" />
      </svg>
      <select
        aria-label={t('language')}
        data-testid="language-switch"
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        value={locale}
        disabled={pending || save.isPending}
        onChange={(e) => void choose(e.target.value as Locale)}
      >
        {locales.map((l) => (
          <option key={l} value={l}>
            {labels[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
