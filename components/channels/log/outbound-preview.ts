import { describeMessage } from '@/core/messages/describe-message';
import { messageSchema } from '@/core/messages/message-schema';

/**
 * A one-line preview of a message the bot sent (a stored core Message): its text lines joined,
 * menu options included; null when the payload is not a readable message.
 */
export function outboundPreview(payload: unknown): string | null {
  const parsed = messageSchema.safeParse(payload);
  if (!parsed.success) return null;
  return describeMessage(parsed.data)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' · ');
}
