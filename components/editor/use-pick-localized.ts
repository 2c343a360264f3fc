'use client';
import { useLocale } from 'next-intl';
import { useCallback } from 'react';
import { type LocalizedText } from '@/core';

/** Picks the UI language's half of a core `{ en, zh }` text (node labels, port names, descriptions). */
export function usePickLocalized(): (text: LocalizedText) => string {
  const locale = useLocale();
  return useCallback((text: LocalizedText) => (locale === 'zh-CN' ? text.zh : text.en), [locale]);
}
