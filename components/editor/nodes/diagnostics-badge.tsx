'use client';
import { useTranslations } from 'next-intl';
import { type Severity } from '../canvas/canvas-types';

/** The red (error) or amber (warning) count in a node card's corner; nothing when clean. */
export function DiagnosticsBadge({ severity, problems }: { severity: Severity; problems: number }) {
  const t = useTranslations('editorNodes');
  if (severity === null) return null;
  const label =
    severity === 'error' ? t('badgeError', { count: problems }) : t('badgeWarning', { count: problems });
  const tone = severity === 'error' ? 'bg-red-600' : 'bg-amber-500';
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      data-testid="node-problems"
      data-severity={severity}
      className={`absolute -top-2 -right-2 z-10 flex h-5 min-w-5 items-center justify-center rounded-full px-1 text-[11px] font-bold text-white shadow ring-2 ring-white ${tone}`}
    >
      {problems > 0 ? problems : '!'}
    </span>
  );
}
