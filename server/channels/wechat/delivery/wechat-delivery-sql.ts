/** The statements of the WeChat delivery worker (deliver-wechat-outbox.ts). */
export const wechatDeliverySql = {
  /**
   * Takes an outbox row for one attempt: pending, failed, or running but abandoned (its process died),
   * and only when no earlier delivery of the same conversation is still on its way (order).
   */
  claim: `
update outbox o set status = 'running', attempts = attempts + 1, updated_at = now()
where o.id = $1 and o.kind = 'deliver'
  and (o.status in ('pending', 'failed') or (o.status = 'running' and o.updated_at < now() - interval '2 minutes'))
  and not exists (
    select 1 from outbox p where p.conversation_id = o.conversation_id and p.kind = 'deliver' and p.id < o.id
      and p.status in ('pending', 'running', 'failed'))
returning o.payload, o.attempts, o.conversation_id::text as conversation_id`,

  /** Why a row could not be claimed: gone, finished, or busy (another attempt, an earlier row). */
  statusOf: `select status::text as status, conversation_id::text as conversation_id from outbox where id = $1`,

  /** The conversation's next delivery waiting for this one. */
  next: `
select id::text as id from outbox
where conversation_id = $1 and kind = 'deliver' and status = 'pending' and id > $2 order by id limit 1`,

  target: `
select ch.type::text as type, ch.config, ch.secrets_encrypted, ct.id::text as contact_id, ct.external_id,
  a.settings as account_settings
from conversations c
join channels ch on ch.id = c.channel_id
join accounts a on a.id = ch.account_id
join contacts ct on ct.id = c.contact_id
where c.id = $1`,

  messages: `
select id::text as id, payload, delivery_status::text as delivery_status
from messages where id = any($1::bigint[]) order by id`,

  /** The contact's interactions that open or close customer-service windows, and sends since. */
  window: `
with last as (
  select
    (select max(created_at) from messages where contact_id = $1 and direction = 'in'
      and type in ('text', 'media', 'location', 'link')) as message_at,
    (select max(created_at) from messages where contact_id = $1 and direction = 'in'
      and type in ('follow', 'scan', 'menu-click')) as event_at,
    (select max(created_at) from messages where contact_id = $1 and direction = 'in'
      and type = 'unfollow') as unfollow_at
)
select
  (extract(epoch from message_at) * 1000)::float8 as message_at,
  (extract(epoch from event_at) * 1000)::float8 as event_at,
  (extract(epoch from unfollow_at) * 1000)::float8 as unfollow_at,
  (select coalesce(sum(api_sends), 0)::int from messages where contact_id = $1 and direction = 'out'
    and api_sends > 0 and delivered_at >= message_at) as sent_since_message,
  (select coalesce(sum(api_sends), 0)::int from messages where contact_id = $1 and direction = 'out'
    and api_sends > 0 and delivered_at >= event_at) as sent_since_event
from last`,

  /** One API part went out: count it on its message (sent when it was the last), move the cursor. */
  partSent: `
with m as (
  update messages set api_sends = api_sends + 1, delivered_at = now(),
    delivery_status = case when $4 then 'sent'::delivery_status else delivery_status end,
    delivered_via = case when $4 then coalesce(delivered_via, $5) else delivered_via end,
    delivery_error = case when $4 then null else delivery_error end
  where id = $1
)
update outbox set payload = jsonb_set(payload, '{sentParts}', to_jsonb($3::int)), updated_at = now()
where id = $2`,

  /** The cursor moves past a message that was given up. */
  /** The attempt is alive (before a slow step: an image download and upload). */
  touch: `update outbox set updated_at = now() where id = $1`,

  skipTo: `update outbox set payload = jsonb_set(payload, '{sentParts}', to_jsonb($2::int)), updated_at = now() where id = $1`,

  /**
   * WeChat / WeCom deliveries that are first in line for their conversation and need a push: pending
   * for 30 s (their callback or job never came), failed and past their backoff (15 s doubling, at most
   * 15 min), or running but abandoned. The sweeper's backstop for lost jobs and kicks.
   */
  stalled: `
select o.id::text as id from outbox o
join conversations c on c.id = o.conversation_id
join channels ch on ch.id = c.channel_id and ch.type in ('wechat_mp', 'wecom')
where o.kind = 'deliver' and o.status in ('pending', 'failed', 'running')
  and case o.status
    when 'pending' then o.created_at < now() - interval '30 seconds'
    when 'failed' then o.updated_at < now() - make_interval(secs => least(15 * power(2, greatest(o.attempts - 1, 0)), 900))
    else o.updated_at < now() - interval '2 minutes' end
  and not exists (
    select 1 from outbox p where p.conversation_id = o.conversation_id and p.kind = 'deliver' and p.id < o.id
      and p.status in ('pending', 'running', 'failed'))
order by o.id limit $1`,

  /**
   * An attempt that failed unexpectedly: its messages not yet settled become `failed` (or `dead`),
   * except those a later delivery row (an operator's retry) has taken over.
   */
  abandon: `
update messages m set delivery_status = $2::delivery_status, delivery_error = $3
where m.id = any($1::bigint[]) and m.delivery_status in ('pending', 'failed')
  and not exists (
    select 1 from outbox later where later.conversation_id = m.conversation_id and later.kind = 'deliver'
      and later.id > $4::bigint and later.payload->'messageIds' @> to_jsonb(m.id))`,

  /** Messages reached a final state (sent, dead, blocked) or a retryable one (failed). */
  settle: `
update messages set delivery_status = $2::delivery_status, delivery_error = $3,
  delivered_via = coalesce(delivered_via, $4), delivered_at = case when $2 = 'sent' then now() else delivered_at end
where id = any($1::bigint[])`,

  finish: `
update outbox set status = $2::outbox_status, last_error = $3, updated_at = now() where id = $1`,
} as const;
