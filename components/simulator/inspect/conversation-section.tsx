'use client';
import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { InspectSection } from './inspect-section';
import { NodeLink } from './node-link';
import { useSimTimeFormat } from '../use-sim-time-format';
import { WaitLine } from './wait-line';

type Props = { simulation: Simulation; onFocusNode: (nodeId: string) => void };

/** The test conversation: status, turn, times, current node and what it waits for. */
export function ConversationSection({ simulation, onFocusNode }: Props) {
  const t = useTranslations('simulator.inspect.conversation');
  const formatTime = useSimTimeFormat().clock;
  const conversation = simulation.conversation;
  if (!conversation) {
    return (
      <InspectSection title={t('title')} testId="sim-conversation">
        <p className="text-xs text-slate-500">{t('none')}</p>
      </InspectSection>
    );
  }
  const { state } = conversation;
  const wait = state.wait;
  const timerId = wait?.kind === 'timer' || wait?.kind === 'answer' ? wait.timerId : null;
  const fireAt = timerId ? simulation.timers.find((timer) => timer.timerId === timerId)?.fireAt : undefined;
  const rows: Array<[string, ReactNode]> = [
    [
      t('status'),
      <span key="s" data-testid="sim-conversation-status">
        {t(`statuses.${conversation.status}`)}
      </span>,
    ],
    [t('turn'), conversation.turn],
    [t('startedAt'), formatTime(conversation.startedAt)],
    [t('lastActivity'), formatTime(conversation.lastActivity)],
    [
      t('currentNode'),
      state.currentNodeId ? <NodeLink nodeId={state.currentNodeId} onFocusNode={onFocusNode} /> : t('noNode'),
    ],
    [t('waitsFor'), <WaitLine key="w" wait={wait} fireAt={fireAt} onFocusNode={onFocusNode} />],
  ];
  return (
    <InspectSection title={t('title')} testId="sim-conversation">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="min-w-0 text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
    </InspectSection>
  );
}
