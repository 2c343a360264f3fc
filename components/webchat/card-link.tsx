import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/**
 * A message card that is a link when it has a safe URL (the whole card opens it in a new tab) and a
 * plain card otherwise. `className` is the card's look; the link adds its hover and focus styles.
 */
export function CardLink({
  href,
  className,
  children,
}: {
  href: string | null;
  className: string;
  children: ReactNode;
}) {
  const t = useTranslations('webchat');
  return href ? (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={`${className} transition hover:shadow-md hover:ring-brand-500 focus-visible:outline-2 focus-visible:outline-brand-600`}
    >
      {children}
      <span className="sr-only">{t('opensInNewTab')}</span>
    </a>
  ) : (
    <div className={className}>{children}</div>
  );
}
