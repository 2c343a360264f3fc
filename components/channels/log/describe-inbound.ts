import { inboundEventSchema } from '@/core/engine/inbound-event-schema';
import { assertNever } from '@/core/shared/assert-never';

/** A one-line description of an inbound event: a message key under `channelLog.inbound` and its values. */
export interface InboundDescription {
  key: string;
  values: Record<string, string>;
}

/** Inbound text longer than this is cut with an ellipsis in the log's preview column. */
const MAX_TEXT = 120;

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/**
 * Describes what a contact sent or did (a stored InboundEvent) for the message log; a payload that
 * is not a known event reads as `unknown`, never a throw.
 */
export function describeInbound(payload: unknown): InboundDescription {
  const parsed = inboundEventSchema.safeParse(payload);
  if (!parsed.success) return { key: 'unknown', values: {} };
  const event = parsed.data;
  switch (event.type) {
    case 'text':
      return { key: event.menuId ? 'menuChoice' : 'text', values: { text: clip(event.text) } };
    case 'media':
      return event.recognition
        ? { key: 'voiceRecognized', values: { text: clip(event.recognition) } }
        : { key: `media.${event.mediaType}`, values: {} };
    case 'location':
      return {
        key: 'location',
        values: { place: event.label || `${event.latitude.toFixed(5)}, ${event.longitude.toFixed(5)}` },
      };
    case 'link':
      return { key: 'link', values: { title: clip(event.title) } };
    case 'menu-click':
      return { key: 'menuClick', values: { key: event.key } };
    case 'view':
      return { key: 'view', values: { url: event.url } };
    case 'follow':
      return event.scene
        ? { key: 'followScene', values: { scene: event.scene } }
        : { key: 'follow', values: {} };
    case 'scan':
      return { key: 'scan', values: { scene: event.scene } };
    case 'unfollow':
      return { key: 'unfollow', values: {} };
    case 'timer-fired':
      return { key: 'timer', values: {} };
    case 'http-result':
      return { key: 'httpResult', values: { status: String(event.status) } };
    case 'handoff-released':
      return { key: 'handoffReleased', values: {} };
    default:
      return assertNever(event);
  }
}
