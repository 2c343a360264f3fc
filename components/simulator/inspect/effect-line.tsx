'use client';
import { useTranslations } from 'next-intl';
import { type Effect } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { NodeLink } from './node-link';
import { useSimTimeFormat } from '../use-sim-time-format';

type Props = { effect: Effect; onFocusNode: (nodeId: string) => void };

const line = 'flex flex-wrap items-baseline gap-x-1 text-xs text-slate-700';

/**
 * One thing a turn did, in plain words. Diagnostics (step budget hit, missing node, flow changed)
 * are red and carry `data-testid="sim-diagnostic"`; sends are not traced (replies show in the chat).
 */
export function EffectLine({ effect, onFocusNode }: Props) {
  const t = useTranslations('simulator.inspect.effects');
  const formatTime = useSimTimeFormat().clock;
  const node = (nodeId: string) => <NodeLink nodeId={nodeId} onFocusNode={onFocusNode} />;
  switch (effect.type) {
    case 'mark':
      return (
        <li className={line} data-testid={`sim-mark-${effect.mark}`}>
          <span
            className={
              effect.mark === 'answer-invalid' || effect.mark === 'limit-reached' ? 'text-amber-700' : ''
            }
          >
            {t(`marks.${effect.mark}`)}
          </span>
          {node(effect.nodeId)}
        </li>
      );
    case 'diagnostic':
      return (
        <li
          data-testid="sim-diagnostic"
          role="alert"
          className="flex flex-wrap items-baseline gap-x-1 rounded bg-red-50 px-1.5 py-1 text-xs font-medium text-red-700"
        >
          {effect.nodeId ? (
            <>
              <span>{t('diagnosticAtNode', { problem: t(`diagnostics.${effect.code}`) })}</span>
              {node(effect.nodeId)}
            </>
          ) : (
            <span>{t(`diagnostics.${effect.code}`)}</span>
          )}
          <span className="font-normal">{t('diagnosticMessage', { message: effect.message })}</span>
        </li>
      );
    case 'tag-contact':
      return (
        <li className={line}>
          {effect.add.length > 0 ? <span>{t('tagsAdded', { tags: effect.add.join(', ') })}</span> : null}
          {effect.remove.length > 0 ? (
            <span>{t('tagsRemoved', { tags: effect.remove.join(', ') })}</span>
          ) : null}
        </li>
      );
    case 'schedule-timer':
      return <li className={line}>{t('timerScheduled', { time: formatTime(effect.fireAt) })}</li>;
    case 'cancel-timer':
      return <li className={line}>{t('timerCancelled')}</li>;
    case 'handoff':
      return (
        <li className={line}>
          <span>{t('handoff')}</span>
          {node(effect.nodeId)}
          {effect.reason ? <span className="text-slate-500">— {effect.reason}</span> : null}
        </li>
      );
    case 'go-to-flow':
      return <li className={line}>{t('goToFlow', { flowId: effect.flowId })}</li>;
    case 'http-request':
      return <li className={`${line} font-mono`}>{`${effect.method} ${effect.url}`}</li>;
    case 'send':
      return null;
    default:
      return assertNever(effect);
  }
}
