'use client';
import { useLocale } from 'next-intl';
import { useMemo } from 'react';
import { useEditorStore } from '@/components/editor/store/editor-store-context';

/**
 * Formats simulated instants on the flow's wall clock (its time zone), in the UI language:
 * `clock` with weekday and date ("Mon, Mar 10, 09:30"), `time` for bubbles ("09:30").
 */
export function useSimTimeFormat(): {
  clock: (at: number) => string;
  time: (at: number) => string;
  timeZone: string;
} {
  const locale = useLocale();
  const timeZone = useEditorStore((s) => s.doc.settings.timezone);
  return useMemo(() => {
    const safeZone = (() => {
      try {
        new Intl.DateTimeFormat('en', { timeZone });
        return timeZone;
      } catch {
        return 'UTC';
      }
    })();
    const clock = new Intl.DateTimeFormat(locale, {
      timeZone: safeZone,
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const time = new Intl.DateTimeFormat(locale, {
      timeZone: safeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    return { clock: (at) => clock.format(at), time: (at) => time.format(at), timeZone: safeZone };
  }, [locale, timeZone]);
}
