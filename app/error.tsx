'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';

/** Any unexpected failure while rendering a page: say so in the user's language and offer a retry. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations('errorPage');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="flex min-h-full flex-col items-center justify-center px-4 py-12 text-center">
      <h1 className="text-xl font-semibold text-slate-900">{t('title')}</h1>
      <p className="mt-2 max-w-md text-sm text-slate-500">{t('description')}</p>
      {error.digest ? <p className="mt-1 font-mono text-xs text-slate-400">{error.digest}</p> : null}
      <div className="mt-6 flex gap-3">
        <Button onClick={reset}>{t('retry')}</Button>
        <Link
          href="/"
          className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          {t('home')}
        </Link>
      </div>
    </main>
  );
}
