'use client';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { type EventName } from './matcher-chips';

/** The event names as the trigger inspector shows them (`inspector.event.events`). */
export function useEventLabel(): (event: EventName) => string {
  const t = useTranslations('inspector.event.events');
  return useCallback((event: EventName) => t(event), [t]);
}
