'use client';
import { useTranslations } from 'next-intl';
import type { SystemLine } from './build-chat-rows';
import { useFormatDuration } from './use-format-duration';
import { useNodeNames } from './use-node-names';
import { useSimTimeFormat } from './use-sim-time-format';

/** A system line of the transcript as a sentence in the UI language (the chat and the text export). */
export function useDescribeSystemLine(): (line: SystemLine) => string {
  const t = useTranslations('simulator');
  const { nameOf } = useNodeNames();
  const format = useSimTimeFormat();
  const duration = useFormatDuration();
  return (line) => {
    switch (line.kind) {
      case 'follow':
        return line.scene ? t('system.followScene', { scene: line.scene }) : t('system.follow');
      case 'scan':
        return t('system.scan', { scene: line.scene });
      case 'unfollow':
        return t('system.unfollow');
      case 'menu-click':
        return t('system.menuClick', { key: line.key });
      case 'view':
        return t('system.view', { url: line.url });
      case 'advance':
        return t('system.advance', { duration: duration(line.ms), to: format.clock(line.to) });
      case 'set-clock':
        return t('system.setClock', { to: format.clock(line.to) });
      case 'timer-fired':
        return line.nodeId ? t('system.timerFiredAt', { node: nameOf(line.nodeId) }) : t('system.timerFired');
      case 'restart':
        return t('system.restart', { node: nameOf(line.nodeId) });
      case 'new-conversation':
        return line.closed === 'expired' ? t('system.expired') : t('system.ended');
      case 'handoff':
        return line.reason ? t('system.handoffReason', { reason: line.reason }) : t('system.handoff');
      case 'handoff-released':
        return t('system.handoffReleased');
      case 'contact':
        return t('system.contact', {
          name: line.contact.name || t('system.noName'),
          tags: line.contact.tags.length,
          fields: Object.keys(line.contact.fields).length,
        });
      case 'go-to-flow':
        return t('system.goToFlow');
      case 'http':
        return line.status === 0
          ? t('system.httpFailed', { method: line.method, url: line.url, error: line.error ?? '' })
          : t('system.http', { method: line.method, url: line.url, status: line.status });
      case 'diagnostic': {
        const known = ['step-budget-exceeded', 'missing-node', 'flow-changed'].includes(line.code);
        const label = known ? t(`diagnostics.${line.code}`) : line.code;
        return line.nodeId
          ? t('system.diagnosticAt', { label, node: nameOf(line.nodeId), message: line.message })
          : t('system.diagnostic', { label, message: line.message });
      }
    }
  };
}
