'use client';
import { useTranslations } from 'next-intl';
import { type Matcher } from '@/core';
import { matcherChips } from './matcher-chips';
import { useEventLabel } from './use-event-label';

const chipClass = 'rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800';

/** A rule's trigger: keyword chips, regex sources or the event (with scene / menu key), and its match mode. */
export function RuleTriggerCell({ matcher, label }: { matcher: Matcher; label: string | null }) {
  const t = useTranslations('replyRules.modes');
  const eventLabel = useEventLabel();
  const shown = matcherChips(matcher);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-1">
        {shown.mode === 'event' ? (
          <span className="text-sm font-medium text-slate-800">{eventLabel(shown.event)}</span>
        ) : null}
        {shown.chips.map((chip, i) => (
          <code key={`${i}:${chip}`} className={`${chipClass} ${shown.mode === 'regex' ? 'font-mono' : ''}`}>
            {chip}
          </code>
        ))}
        <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-800">
          {t(shown.mode)}
        </span>
      </div>
      {label ? <span className="text-xs text-slate-500">{label}</span> : null}
    </div>
  );
}
