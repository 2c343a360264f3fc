'use client';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { type NodeType, nodeCatalogue } from '@/core';
import { issueMessage } from './issue-message';

/**
 * Validates node data against its type's schema and returns translated messages keyed by issue
 * path; the first issue per path wins. Data is stored even when invalid (drafts may be partial).
 */
export function useDataErrors(type: NodeType, data: unknown): Record<string, string> {
  const t = useTranslations('inspector.issues');
  return useMemo(() => {
    const result = nodeCatalogue[type].dataSchema.safeParse(data);
    const errors: Record<string, string> = {};
    if (result.success) return errors;
    for (const issue of result.error.issues) {
      const key = issue.path.map(String).join('.');
      if (errors[key] !== undefined) continue;
      const { key: messageKey, values } = issueMessage(issue as Parameters<typeof issueMessage>[0]);
      errors[key] = t(messageKey, values);
    }
    return errors;
  }, [type, data, t]);
}
