'use client';
import { useLocale, useTranslations } from 'next-intl';
import { type Diagnostic } from '@/core';

/** The compiler's findings for one node, in the UI language, errors first. */
export function NodeDiagnostics({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const t = useTranslations('inspector.node');
  const locale = useLocale();
  if (diagnostics.length === 0) return null;
  const sorted = [...diagnostics].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <section aria-label={t('problems')} className="flex flex-col gap-1">
      <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('problems')}</h3>
      <ul className="flex flex-col gap-1">
        {sorted.map((diagnostic, index) => (
          <li
            key={`${diagnostic.code}-${index}`}
            className={`rounded px-2 py-1 text-sm ${
              diagnostic.severity === 'error' ? 'bg-red-50 text-red-800' : 'bg-amber-50 text-amber-800'
            }`}
          >
            <span className="sr-only">{t(diagnostic.severity)}: </span>
            {locale === 'zh-CN' ? diagnostic.messageZh : diagnostic.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
