import { type Matcher } from '../compiler/compiled-flow-schema';
import { assertNever } from '../shared/assert-never';
import { normalizeText } from '../text/normalize-text';
import { cachedRegExp } from './cached-reg-exp';
import { type InboundEvent } from './inbound-event-schema';

function matchesEvent(matcher: Extract<Matcher, { kind: 'event' }>, event: InboundEvent): boolean {
  switch (matcher.event) {
    case 'follow':
      return event.type === 'follow';
    case 'unfollow':
      return event.type === 'unfollow';
    case 'qr-scene':
      return (event.type === 'follow' || event.type === 'scan') && event.scene === matcher.value;
    case 'menu-click':
      return event.type === 'menu-click' && event.key === matcher.value;
    case 'location':
      return event.type === 'location';
    case 'media':
      return event.type === 'media' && (matcher.value === '' || event.mediaType === matcher.value);
    case 'link':
      return event.type === 'link';
    case 'view':
      return event.type === 'view';
    default:
      return assertNever(matcher.event);
  }
}

/** Whether a trigger's matcher accepts the event. Keyword matchers only look at text events. */
export function matchTrigger(matcher: Matcher, event: InboundEvent): boolean {
  if (matcher.kind === 'event') return matchesEvent(matcher, event);
  if (event.type !== 'text') return false;
  switch (matcher.kind) {
    case 'exact':
      return matcher.values.includes(normalizeText(event.text));
    case 'contains': {
      const text = normalizeText(event.text);
      return matcher.values.some((value) => text.includes(value));
    }
    case 'regex': {
      const text = event.text.normalize('NFKC').trim();
      return matcher.patterns.some((pattern) => cachedRegExp(pattern).test(text));
    }
    default:
      return assertNever(matcher);
  }
}
