import { type InboundEvent, type SimulationAction } from '@/core';
import { assertNever } from '@/core/shared/assert-never';

/** A message lookup (next-intl's `t` for `simulator.tests.action` fits): key plus ICU values. */
export type ActionTranslator = (key: string, values?: Record<string, string | number>) => string;

export interface DescribeActionOptions {
  t: ActionTranslator;
  /** Formats an epoch-ms instant for `set-clock` in the reader's locale and time zone. */
  formatDateTime: (epochMs: number) => string;
  /** A duration in milliseconds in words, for `advance` (e.g. "1 h 30 min"). */
  formatDuration: (ms: number) => string;
  /** A node's display name for `restart` (defaults to its id). */
  nodeName?: (nodeId: string) => string;
}

/**
 * Pure: one step of a simulation or test case as a short sentence in the reader's language, e.g.
 * `Send "hi"`, `Clock +1 h`, `Follow (scene promo)`. Every action type has a sentence.
 */
export function describeAction(action: SimulationAction, options: DescribeActionOptions): string {
  const { t } = options;
  switch (action.type) {
    case 'advance':
      return t('advance', { duration: options.formatDuration(action.ms) });
    case 'set-clock':
      return t('setClock', { at: options.formatDateTime(action.at) });
    case 'restart':
      return t('restart', { node: options.nodeName?.(action.nodeId) ?? action.nodeId });
    case 'release-handoff':
      return t('releaseHandoff');
    case 'set-contact': {
      const { name, tags, fields } = action.contact;
      return t('setContact', {
        name: name ?? '',
        hasName: name ? 'yes' : 'no',
        tags: tags.length,
        fields: Object.keys(fields).length,
      });
    }
    case 'event':
      return describeEvent(action.event, t);
    default:
      return assertNever(action);
  }
}

/** Pure: what started a turn (an event the tester caused, or one the simulator fed back) as a sentence. */
export function describeEvent(event: InboundEvent, t: ActionTranslator): string {
  switch (event.type) {
    case 'text':
      return event.menuId ? t('menuOption', { text: event.text }) : t('text', { text: event.text });
    case 'media':
      return event.recognition
        ? t('voiceRecognized', { text: event.recognition })
        : t(`media.${event.mediaType}`);
    case 'location':
      return t('location', {
        place: event.label || `${event.latitude.toFixed(5)}, ${event.longitude.toFixed(5)}`,
      });
    case 'link':
      return t('link', { title: event.title });
    case 'menu-click':
      return t('menuClick', { key: event.key });
    case 'view':
      return t('view', { url: event.url });
    case 'follow':
      return event.scene ? t('followScene', { scene: event.scene }) : t('follow');
    case 'scan':
      return t('scan', { scene: event.scene });
    case 'unfollow':
      return t('unfollow');
    case 'timer-fired':
      return t('timerFired');
    case 'http-result':
      return t('httpResult', { status: event.status });
    case 'handoff-released':
      return t('releaseHandoff');
    default:
      return assertNever(event);
  }
}
