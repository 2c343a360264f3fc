'use client';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';

interface ErrorShape {
  message?: string;
  data?: {
    appCode?: string | null;
    zodIssues?: { message: string; path: (string | number)[] }[] | null;
  } | null;
}

/**
 * Turns any error from the API into a sentence in the user's language: a known app code is
 * translated (`errors.<CODE>`), input validation names the field, anything else is generic. A lost
 * connection is told apart for reads (`context` 'read': nothing was being saved).
 */
export function useErrorMessage(): (error: unknown, context?: 'write' | 'read') => string {
  const t = useTranslations('errors');
  return useCallback(
    (error: unknown, context: 'write' | 'read' = 'write') => {
      const e = (error ?? {}) as ErrorShape;
      const code = e.data?.appCode;
      if (code && t.has(code)) return t(code);
      const issue = e.data?.zodIssues?.[0];
      if (issue) return t('INVALID_INPUT', { field: issue.path.join('.') || '-', detail: issue.message });
      if (e.message === 'Failed to fetch' || e.message?.includes('NetworkError'))
        return t(context === 'read' ? 'NETWORK_READ' : 'NETWORK');
      return t('UNKNOWN');
    },
    [t],
  );
}
