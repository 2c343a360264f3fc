import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef } from 'react';
import { buildTranscriptRows } from './build-transcript-rows';
import { dayKey } from './day-key';
import { DayDivider } from './day-divider';
import { MessageContent } from './message-content';
import { PendingMessage } from './pending-message';
import { TypingIndicator } from './typing-indicator';
import type { WebchatState } from './webchat-reducer';

/** How close to the bottom (px) still counts as "reading the latest": new messages then scroll into view. */
const STICK_TO_BOTTOM_PX = 120;

/** The transcript: a live log (screen readers announce new messages), newest at the bottom. */
export function MessageList(props: {
  state: WebchatState;
  botName: string;
  onMenuOption: (option: { id: string; label: string }) => void;
  onRetry: (clientMessageId: string) => void;
}) {
  const { state, botName } = props;
  const t = useTranslations('webchat');
  const format = useFormatter();
  const scroller = useRef<HTMLDivElement>(null);
  const stuck = useRef(true);
  const rows = useMemo(
    () => buildTranscriptRows({ entries: state.entries, outbox: state.outbox, dayOf: dayKey }),
    [state.entries, state.outbox],
  );
  const typing = state.outbox.some((item) => item.status === 'sending');

  useEffect(() => {
    const element = scroller.current;
    if (element && (stuck.current || rows.at(-1)?.type === 'pending'))
      element.scrollTo({ top: element.scrollHeight });
  }, [rows, typing, state.handoff]);

  return (
    <div
      ref={scroller}
      onScroll={(event) => {
        const element = event.currentTarget;
        stuck.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_TO_BOTTOM_PX;
      }}
      className="min-h-0 flex-1 overflow-y-auto overscroll-contain bg-slate-50 px-3 py-4 sm:px-4"
    >
      {rows.length === 0 && state.phase === 'ready' ? (
        <p className="mt-8 text-center text-sm text-slate-400">{t('empty')}</p>
      ) : null}
      <ol role="log" aria-live="polite" aria-label={t('conversationLabel')} className="flex flex-col gap-1.5">
        {rows.map((row) => {
          if (row.type === 'day') return <DayDivider key={row.key} at={row.at} />;
          if (row.type === 'pending')
            return <PendingMessage key={row.key} item={row.item} onRetry={props.onRetry} />;
          const visitor = row.entry.direction === 'in';
          return (
            <li
              key={row.key}
              className={`flex flex-col gap-1 ${visitor ? 'items-end pl-10' : 'items-start pr-10'} ${row.lastOfGroup ? 'mb-2' : ''}`}
            >
              <span className="sr-only">{visitor ? t('you') : botName}: </span>
              <MessageContent
                message={row.entry.message}
                side={visitor ? 'visitor' : 'bot'}
                onMenuOption={state.phase === 'ready' ? props.onMenuOption : undefined}
              />
              {row.lastOfGroup ? (
                <time
                  dateTime={new Date(row.entry.createdAt).toISOString()}
                  className="px-1 text-[11px] text-slate-400"
                >
                  {format.dateTime(row.entry.createdAt, { hour: '2-digit', minute: '2-digit' })}
                </time>
              ) : null}
            </li>
          );
        })}
      </ol>
      {typing ? (
        <div className="mt-1.5">
          <TypingIndicator name={botName} />
        </div>
      ) : null}
    </div>
  );
}
