import type { RawSql } from '@/server/db/raw-sql';

/**
 * Reserves the first reply of a push's turn for the passive answer, unless its delivery already began
 * through the API (then the callback answers `success`). A WeChat retry of the same push reserves the
 * same reply again and answers it again. An earlier delivery of the conversation still on its way
 * forbids it (order). Returns the outbox row to start delivering (and the next one waiting behind
 * it), or null when the passive answer may not be given.
 */
export async function claimPassiveReply(options: {
  raw: RawSql;
  conversationId: string;
  firstMessageId: number;
  inboundMsgType: string;
  /** The passive reply carries the whole turn: the row is done and its message sent, no worker needed. */
  complete: boolean;
  /** The media id an image given by URL went out with (so that WeChat's retry answers the same). */
  mediaId?: string;
}): Promise<{ outboxId: string; complete: boolean; next: string | null } | null> {
  const [row] = await options.raw.query<{ id: string; next: string | null }>(
    `
with o as (
  update outbox d set
    payload = payload || jsonb_build_object('passive', jsonb_build_object('inboundMsgType', $3::text)
      || case when $5::text is null then '{}'::jsonb else jsonb_build_object('mediaId', $5::text) end),
    status = case when $4 then 'done'::outbox_status else status end,
    updated_at = now()
  -- The turn's own row: the first to carry its first reply (an operator's retry of it comes later).
  where d.id = (select min(t.id) from outbox t where t.conversation_id = $1 and t.kind = 'deliver'
      and (t.payload->'messageIds'->>0)::bigint = $2)
    and (d.payload ? 'passive' or (d.status = 'pending' and d.attempts = 0
      -- An earlier delivery still on its way goes first: this turn's replies wait behind it.
      and not exists (select 1 from outbox p where p.conversation_id = d.conversation_id and p.kind = 'deliver'
        and p.id < d.id and p.status in ('pending', 'running', 'failed'))))
  returning d.id
), m as (
  update messages set delivery_status = 'sent', delivered_via = 'passive', delivered_at = now()
  where $4 and id = $2 and exists (select 1 from o)
)
select o.id::text as id,
  (select n.id::text from outbox n where n.conversation_id = $1 and n.kind = 'deliver' and n.status = 'pending'
    and n.id > o.id order by n.id limit 1) as next
from o`,
    [
      options.conversationId,
      String(options.firstMessageId),
      options.inboundMsgType,
      options.complete,
      options.mediaId ?? null,
    ],
  );
  return row ? { outboxId: row.id, complete: options.complete, next: row.next } : null;
}

/**
 * The outbox row delivering a WeChat / WeCom turn whose first reply is `firstMessageId` (to start it
 * now), or null (no such row, or another kind of channel: those are left to their queue).
 */
export async function outboxOfReplies(options: {
  raw: RawSql;
  conversationId: string;
  firstMessageId: number;
}): Promise<string | null> {
  const [row] = await options.raw.query<{ id: string }>(
    `select o.id::text as id from outbox o
     join conversations c on c.id = o.conversation_id
     join channels ch on ch.id = c.channel_id and ch.type in ('wechat_mp', 'wecom')
     where o.conversation_id = $1 and o.kind = 'deliver' and (o.payload->'messageIds'->>0)::bigint = $2
     order by o.id limit 1`,
    [options.conversationId, String(options.firstMessageId)],
  );
  return row?.id ?? null;
}

/**
 * The media id a turn's first reply (an image given by URL) already went out with as the passive
 * reply, when WeChat retries the push; null before that.
 */
export async function passiveMediaOf(options: {
  raw: RawSql;
  conversationId: string;
  firstMessageId: number;
}): Promise<string | null> {
  const [row] = await options.raw.query<{ media_id: string | null }>(
    `select payload->'passive'->>'mediaId' as media_id from outbox
     where conversation_id = $1 and kind = 'deliver' and (payload->'messageIds'->>0)::bigint = $2
     order by id limit 1`,
    [options.conversationId, String(options.firstMessageId)],
  );
  return row?.media_id ?? null;
}
