import { useTranslations } from 'next-intl';

/** Placeholder while a list loads; announced once to screen readers. */
export function LoadingRows({ rows = 3 }: { rows?: number }) {
  const t = useTranslations('common');
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-2">
      <span className="sr-only">{t('loading')}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-12 animate-pulse rounded-lg bg-slate-200/70" />
      ))}
    </div>
  );
}
