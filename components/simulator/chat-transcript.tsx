'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef } from 'react';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { BotBubble } from './bot-bubble';
import { buildChatRows, type SystemLine } from './build-chat-rows';
import { channelLook } from './channel-look';
import { SystemLineView } from './system-line-view';
import { UserBubble } from './user-bubble';
import { useDescribeSystemLine } from './use-describe-system-line';
import { useNodeNames } from './use-node-names';
import { useSimTimeFormat } from './use-sim-time-format';

/** How close to the bottom (px) still counts as reading the newest: new rows then scroll into view. */
const STICK_TO_BOTTOM_PX = 120;

function nodeOfLine(line: SystemLine): string | null {
  if (line.kind === 'restart' || line.kind === 'handoff') return line.nodeId;
  if (line.kind === 'timer-fired' || line.kind === 'diagnostic') return line.nodeId;
  return null;
}

/**
 * The simulated conversation, drawn like the chosen channel: WeChat bubbles (grey background,
 * green on the right, white with the account's avatar on the left) or the web chat's look.
 */
export function ChatTranscript(props: {
  simulation: Simulation;
  /** An action is under way: menu options wait. */
  busy: boolean;
  onFocusNode: (nodeId: string) => void;
  onMenuOption: (option: { id: string; label: string }) => void;
}) {
  const t = useTranslations('simulator.chat');
  const { simulation } = props;
  const rows = useMemo(() => buildChatRows(simulation), [simulation]);
  const look = channelLook(simulation.setup.channel);
  const describe = useDescribeSystemLine();
  const { nameOf } = useNodeNames();
  const format = useSimTimeFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const stuck = useRef(true);

  useEffect(() => {
    const element = scroller.current;
    if (element && stuck.current) element.scrollTo({ top: element.scrollHeight });
  }, [rows]);

  return (
    <div
      ref={scroller}
      data-testid="sim-transcript"
      data-look={look}
      onScroll={(event) => {
        const e = event.currentTarget;
        stuck.current = e.scrollHeight - e.scrollTop - e.clientHeight < STICK_TO_BOTTOM_PX;
      }}
      className={`min-h-0 flex-1 overflow-y-auto overscroll-contain px-3 py-3 ${look === 'wechat' ? 'bg-[#ededed]' : 'bg-slate-50'}`}
    >
      {rows.length === 0 ? <p className="mt-8 text-center text-sm text-slate-500">{t('empty')}</p> : null}
      <ol role="log" aria-live="polite" aria-label={t('label')} className="flex flex-col gap-2">
        {rows.map((row) => {
          const time = format.time(row.at);
          if (row.type === 'user')
            return <UserBubble key={row.key} input={row.input} time={time} look={look} />;
          if (row.type === 'bot')
            return (
              <BotBubble
                key={row.key}
                message={row.message}
                nodeId={row.nodeId}
                nodeName={row.nodeId ? nameOf(row.nodeId) : null}
                time={time}
                look={look}
                onFocusNode={props.onFocusNode}
                onMenuOption={props.busy ? undefined : props.onMenuOption}
              />
            );
          const nodeId = nodeOfLine(row.line);
          return (
            <SystemLineView
              key={row.key}
              text={describe(row.line)}
              time={time}
              tone={row.tone}
              onFocusNode={nodeId ? () => props.onFocusNode(nodeId) : undefined}
            />
          );
        })}
      </ol>
    </div>
  );
}
