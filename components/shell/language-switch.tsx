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
      <span aria-hidden>🌐</span>
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
