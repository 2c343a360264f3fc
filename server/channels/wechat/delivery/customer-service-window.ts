/** After a user's message: 5 customer-service messages within 48 hours (PROTOCOL.md §5). */
export const MESSAGE_WINDOW = { ms: 48 * 3600_000, sends: 5 } as const;
/** After a follow, menu click or QR scan: 3 within 1 minute. */
export const EVENT_WINDOW = { ms: 60_000, sends: 3 } as const;

/** What the database knows about a contact's recent interactions (epoch ms; null: never). */
export interface WindowFacts {
  lastMessageAt: number | null;
  lastEventAt: number | null;
  unfollowedAt: number | null;
  /** Customer-service sends since `lastMessageAt` / `lastEventAt`. */
  sentSinceMessage: number;
  sentSinceEvent: number;
  now: number;
}

/**
 * Whether WeChat will take one more customer-service message for this contact now: `45015` when no
 * window is open (48 hours passed since the last message, the event minute is over, or the user
 * unfollowed), `45047` when a window is open but its quota is used up. Sends count against the event
 * window first, as WeChat does; WeChat's own answer stays authoritative (this only spares calls that
 * would fail).
 */
export function customerServiceWindow(
  facts: WindowFacts,
): { open: true } | { open: false; errcode: 45015 | 45047 } {
  const { now } = facts;
  const latest = Math.max(facts.lastMessageAt ?? -Infinity, facts.lastEventAt ?? -Infinity);
  if (facts.unfollowedAt !== null && facts.unfollowedAt >= latest) return { open: false, errcode: 45015 };
  const eventOpen = facts.lastEventAt !== null && now - facts.lastEventAt < EVENT_WINDOW.ms;
  const messageOpen = facts.lastMessageAt !== null && now - facts.lastMessageAt < MESSAGE_WINDOW.ms;
  if (!eventOpen && !messageOpen) return { open: false, errcode: 45015 };
  const eventUsed = eventOpen ? Math.min(facts.sentSinceEvent, EVENT_WINDOW.sends) : 0;
  if (eventOpen && eventUsed < EVENT_WINDOW.sends) return { open: true };
  if (messageOpen && facts.sentSinceMessage - eventUsed < MESSAGE_WINDOW.sends) return { open: true };
  return { open: false, errcode: 45047 };
}
