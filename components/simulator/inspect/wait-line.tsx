'use client';
import { useTranslations } from 'next-intl';
import { type Wait } from '@/core';
import { NodeLink } from './node-link';
import { useSimTimeFormat } from '../use-sim-time-format';

/**
 * What the conversation waits for, in words: an answer (with attempts so far), a timer (and when it
 * fires, when `fireAt` is known), an HTTP response, or a human agent; or nothing.
 */
export function WaitLine({
  wait,
  fireAt,
  onFocusNode,
}: {
  wait: Wait | null;
  fireAt?: number | undefined;
  onFocusNode: (nodeId: string) => void;
}) {
  const t = useTranslations('simulator.inspect.wait');
  const formatTime = useSimTimeFormat().clock;
  if (!wait) return <span data-testid="sim-wait">{t('nothing')}</span>;
  const text =
    wait.kind === 'answer'
      ? t('answer', { attempts: wait.attempts })
      : wait.kind === 'timer'
        ? fireAt === undefined
          ? t('timer')
          : t('timerAt', { time: formatTime(fireAt) })
        : wait.kind === 'http'
          ? t('http')
          : t('handoff');
  return (
    <span data-testid="sim-wait" className="inline-flex flex-wrap items-baseline gap-x-1">
      <span>{text}</span>
      <NodeLink nodeId={wait.nodeId} onFocusNode={onFocusNode} />
    </span>
  );
}
