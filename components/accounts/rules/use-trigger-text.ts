'use client';
import { useCallback } from 'react';
import { type Matcher } from '@/core';
import { triggerText } from './matcher-chips';
import { useEventLabel } from './use-event-label';

/** A matcher as one line in the user's language (see `triggerText`). */
export function useTriggerText(): (matcher: Matcher) => string {
  const eventLabel = useEventLabel();
  return useCallback((matcher: Matcher) => triggerText({ matcher, eventLabel }), [eventLabel]);
}
