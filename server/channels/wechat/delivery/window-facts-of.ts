import type { RawSql } from '@/server/db/raw-sql';
import type { WindowFacts } from './customer-service-window';
import { wechatDeliverySql as SQL } from './wechat-delivery-sql';

/** A contact's interactions and customer-service sends, as customerServiceWindow reads them. */
export async function windowFactsOf(raw: RawSql, contactId: string): Promise<Omit<WindowFacts, 'now'>> {
  const [row] = await raw.query<{
    message_at: number | null;
    event_at: number | null;
    unfollow_at: number | null;
    sent_since_message: number;
    sent_since_event: number;
  }>(SQL.window, [contactId]);
  return {
    lastMessageAt: row?.message_at ?? null,
    lastEventAt: row?.event_at ?? null,
    unfollowedAt: row?.unfollow_at ?? null,
    sentSinceMessage: row?.sent_since_message ?? 0,
    sentSinceEvent: row?.sent_since_event ?? 0,
  };
}
