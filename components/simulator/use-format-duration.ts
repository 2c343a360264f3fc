'use client';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { formatDuration } from '@/components/editor/nodes/describe/format-duration';

/** A duration in milliseconds in the UI language, worded as the canvas words delays ("1 h 30 min"). */
export function useFormatDuration(): (ms: number) => string {
  const root = useTranslations();
  return useCallback((ms: number) => formatDuration(ms / 1000, (key, values) => root(key, values)), [root]);
}
