/**
 * The runtime's hot-path statements, hand-written and prepared (postgres.js caches each per connection;
 * PGlite parses them once). A message costs: lock the contact, load, one write statement, commit.
 * Row values use epoch milliseconds (float8) and text ids so both drivers return the same shapes.
 */

/** Locks an existing contact's row: the per-contact serialisation point ($1 channel, $2 external id). */
export const LOCK_CONTACT_SQL = `
select id::text as id, external_id, display_name, tags, fields
from contacts where channel_id = $1 and external_id = $2
for update`;

/**
 * Creates a contact on its first message; a concurrent creator waits on the unique index and gets
 * no row (then LOCK_CONTACT_SQL finds the committed one).
 */
export const CREATE_CONTACT_SQL = `
insert into contacts (workspace_id, account_id, channel_id, external_id, display_name, is_test)
values ($1, $2, $3, $4, $5, $6)
on conflict (channel_id, external_id) do nothing
returning id::text as id, external_id, display_name, tags, fields`;

/** Locks the contact of a conversation (timer, HTTP result, release): same lock as inbound messages. */
export const LOCK_CONTACT_OF_CONVERSATION_SQL = `
select ct.id::text as id, ct.external_id, ct.display_name, ct.tags, ct.fields,
  ct.workspace_id::text as workspace_id, ct.account_id::text as account_id,
  ct.channel_id::text as channel_id, ct.is_test, ch.type::text as channel_type, ch.config as channel_config
from contacts ct join conversations c on c.contact_id = ct.id join channels ch on ch.id = ct.channel_id
where c.id = $1
for update of ct`;

const loadColumns = `
  c.id::text as conversation_id, c.flow_version_id::text as flow_version_id,
  (select v.flow_id::text from flow_versions v where v.id = c.flow_version_id) as flow_id,
  c.status::text as status, c.state, c.turn,
  (extract(epoch from c.last_activity_at) * 1000)::float8 as last_activity_ms,
  a.session_timeout_minutes, a.settings,
  (select coalesce(json_agg(json_build_array(d.flow_version_id::text, d.flow_id::text)
     order by d.priority desc, d.deployed_at desc), '[]'::json)
   from deployments d where d.account_id = a.id) as live`;

/** $1 contact, $2 channel, $3 channel message id, $4 account: open conversation, dedupe hit, live flows. */
export const LOAD_FOR_INBOUND_SQL = `
select ${loadColumns},
  (select m.id::text from messages m
   where m.channel_id = $2 and m.channel_message_id = $3 and m.direction = 'in') as duplicate_of
from accounts a
left join lateral (
  select * from conversations
  where contact_id = $1 and status in ('active', 'handoff')
  order by started_at desc limit 1
) c on true
where a.id = $4`;

/** $1 conversation, $2 account. */
export const LOAD_FOR_EVENT_SQL = `
select ${loadColumns}, null::text as duplicate_of
from accounts a
left join conversations c on c.id = $1
where a.id = $2`;

/** $1 inbound message id: the conversation and replies of an already processed message. */
export const LOAD_DUPLICATE_SQL = `
select i.conversation_id::text as conversation_id, c.status::text as status,
  coalesce((select json_agg(json_build_object('id', o.id, 'payload', o.payload, 'nodeId', o.node_id,
      'at', (extract(epoch from o.created_at) * 1000)::float8) order by o.id)
    from messages o where o.in_reply_to = i.id), '[]'::json) as replies
from messages i join conversations c on c.id = i.conversation_id
where i.id = $1`;

/**
 * Persists a turn in one statement. Parameters:
 * $1 workspace, $2 channel, $3 contact, $4 channel message id, $5 inbound type, $6 inbound payload (json
 * text), $7 is_test, $8 conversation id, $9 account, $10 flow version, $11 status, $12 state (json text),
 * $13 turn, $14 previous conversation to close (or null), $15 its final status, $16 outbound rows (json
 * text: [{kind, payload, node_id, delivery, ord}]), $17 the turn's analytics marks (json text:
 * [[mark, node id], …], one analytics row per turn), $18 display name to remember (or null).
 * With an inbound message every write is gated on the dedupe insert: a duplicate writes nothing.
 */
function persistSql(withInbound: boolean): string {
  const gate = withInbound ? 'inb' : '(select null::bigint as id) inb';
  const inbound = withInbound
    ? `inb as (
  insert into messages (workspace_id, channel_id, conversation_id, contact_id, direction,
    channel_message_id, type, payload, is_test)
  values ($1, $2, $8, $3, 'in', $4, $5, $6::text::jsonb, $7)
  on conflict (channel_id, channel_message_id) where direction = 'in' do nothing
  returning id
),`
    : '';
  const params = withInbound ? '' : `params as (select $4::text as m, $5::text as t, $6::text as p),`;
  return `
with ${inbound}${params}
conv as (
  insert into conversations (id, workspace_id, account_id, channel_id, contact_id, flow_version_id,
    status, state, turn, is_test)
  select $8, $1, $9, $2, $3, $10, $11::conversation_status, $12::text::jsonb, $13, $7 from ${gate}
  on conflict (id) do update set flow_version_id = excluded.flow_version_id, status = excluded.status,
    state = excluded.state, turn = excluded.turn, last_activity_at = now(),
    ended_at = case when excluded.status in ('ended', 'expired') then now() else null end
  returning id
),
prev as (
  update conversations set status = $15::conversation_status, ended_at = now()
  where id = $14::uuid and exists (select 1 from ${gate})
  returning id
),
outb as (
  insert into messages (workspace_id, channel_id, conversation_id, contact_id, direction, type,
    payload, node_id, in_reply_to, delivery_status, is_test)
  select $1, $2, $8, $3, 'out', o.kind, o.payload, o.node_id, inb.id, o.delivery::delivery_status, $7
  from ${gate}, jsonb_to_recordset($16::text::jsonb) as o(kind text, payload jsonb, node_id text, delivery text, ord int)
  order by o.ord
  returning id, (extract(epoch from created_at) * 1000)::float8 as at
),
marks as (
  insert into analytics_events (workspace_id, account_id, flow_version_id, conversation_id, kind, data)
  select $1, $9, $10, $8, 'turn', jsonb_build_object('marks', $17::text::jsonb)
  from ${gate}
  returning id
),
seen as (
  update contacts set last_seen_at = now(), display_name = coalesce($18, display_name)
  where id = $3 and $4::text is not null and exists (select 1 from ${gate})
    and (last_seen_at < now() - interval '1 minute' or display_name is distinct from coalesce($18, display_name))
  returning id
)
select (select id::text from ${gate}) as inbound_id,
  (select count(*) from conv)::int as conversations_written,
  coalesce((select json_agg(json_build_array(id, at) order by id) from outb), '[]'::json) as outbound`;
}

export const PERSIST_INBOUND_TURN_SQL = persistSql(true);
export const PERSIST_EVENT_TURN_SQL = persistSql(false);

export const UPDATE_CONTACT_TAGS_SQL = `update contacts set tags = $2::text[] where id = $1`;

/** $1 workspace, $2 conversation, $3 rows (json text: [{kind, payload, ord}]): returns ids in order. */
export const INSERT_OUTBOX_SQL = `
insert into outbox (workspace_id, conversation_id, kind, payload, status)
select $1, $2, o.kind, o.payload, 'pending'
from jsonb_to_recordset($3::text::jsonb) as o(kind text, payload jsonb, ord int)
order by o.ord
returning id::text as id`;
