'use client';
import { useTranslations } from 'next-intl';
import type { TurnTrace as Turn } from '@/server/simulator/simulation-schema';
import { EffectLine } from './effect-line';
import { NodeLink } from './node-link';
import { useDescribeAction } from '../use-describe-action';
import { WaitLine } from './wait-line';

/** One engine turn: what started it, each thing it did in order, and what it waits for after. */
export function TurnTrace({ turn, onFocusNode }: { turn: Turn; onFocusNode: (nodeId: string) => void }) {
  const t = useTranslations('simulator.inspect.turn');
  const describe = useDescribeAction();
  return (
    <li data-testid="sim-turn" className="flex flex-col gap-1 border-l-2 border-blue-200 pl-2">
      <div className="flex flex-wrap items-baseline gap-x-1 text-xs font-medium text-slate-800">
        {turn.cause.kind === 'event' ? (
          <span>{describe.event(turn.cause.event)}</span>
        ) : (
          <>
            <span>{t('restartAt')}</span>
            <NodeLink nodeId={turn.cause.nodeId} onFocusNode={onFocusNode} />
          </>
        )}
      </div>
      {turn.newConversation ? (
        <p className="text-xs text-slate-500">
          {turn.closed ? t(`newConversationAfter.${turn.closed}`) : t('newConversation')}
        </p>
      ) : null}
      <ul className="flex flex-col gap-0.5">
        {turn.effects.map((effect, i) => (
          <EffectLine key={i} effect={effect} onFocusNode={onFocusNode} />
        ))}
      </ul>
      <p className="text-xs text-slate-500">
        {turn.status === 'handoff' ? t('statusHandoff') : null}{' '}
        <WaitLine wait={turn.wait} onFocusNode={onFocusNode} />
      </p>
    </li>
  );
}
