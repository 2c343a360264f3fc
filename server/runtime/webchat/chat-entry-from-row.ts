import type { InboundEvent, Message } from '@/core';
import type { ChatEntry } from './webchat-contract';

/** What the visitor sees of a stored message; events they did not type (follow…) are not shown. */
export function chatEntryFromRow(row: {
  id: number;
  direction: 'in' | 'out';
  payload: unknown;
  createdAt: Date;
}): ChatEntry | null {
  let message: Message | null;
  if (row.direction === 'out') message = row.payload as Message;
  else {
    const event = row.payload as InboundEvent;
    message =
      event.type === 'text'
        ? { kind: 'text', text: event.text }
        : event.type === 'location'
          ? { kind: 'text', text: event.label ?? `${event.latitude}, ${event.longitude}` }
          : event.type === 'link'
            ? { kind: 'text', text: event.url }
            : null;
  }
  return message
    ? { id: row.id, direction: row.direction, message, createdAt: row.createdAt.getTime() }
    : null;
}
