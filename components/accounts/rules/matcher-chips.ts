import { type Matcher } from '@/core';
import { assertNever } from '@/core/shared/assert-never';

export type EventName = Extract<Matcher, { kind: 'event' }>['event'];

/** How a reply rule's matcher is shown: its match mode badge and its keyword chips. */
export type MatcherChips =
  | { mode: 'exact' | 'contains' | 'regex'; chips: string[] }
  | { mode: 'event'; event: EventName; chips: string[] };

/**
 * Keyword values, regex sources, or the event's value (scene, menu key or media type; no chip when
 * the event has none). Blank values are dropped; order is the matcher's own.
 */
export function matcherChips(matcher: Matcher): MatcherChips {
  switch (matcher.kind) {
    case 'exact':
    case 'contains':
      return { mode: matcher.kind, chips: matcher.values.filter((v) => v !== '') };
    case 'regex':
      return { mode: 'regex', chips: matcher.patterns.map((p) => p.source).filter((s) => s !== '') };
    case 'event':
      return { mode: 'event', event: matcher.event, chips: matcher.value === '' ? [] : [matcher.value] };
    default:
      return assertNever(matcher);
  }
}

/**
 * One line naming a trigger (accessible names, "hidden by #n …"): keyword chips joined by ", ", or
 * the translated event name followed by its value.
 */
export function triggerText(options: { matcher: Matcher; eventLabel: (event: EventName) => string }): string {
  const shown = matcherChips(options.matcher);
  if (shown.mode !== 'event') return shown.chips.join(', ');
  const name = options.eventLabel(shown.event);
  return shown.chips.length > 0 ? `${name}: ${shown.chips.join(', ')}` : name;
}
