import type { SqlValue } from '../db/raw-sql';

/**
 * The runtime's hot-path statements, hand-written and prepared (postgres.js caches each per connection;
 * PGlite parses them once). A message costs: lock the contact, load, one write statement, commit.
 * Row values use epoch milliseconds (float8) and text ids so both drivers return the same shapes.
 */

/** Locks an existing contact's row: the per-contact serialisation point ($1 channel, $2 external id). */
export const LOCK_CONTACT_SQL = `
select id::text as id, external_id, display_name, tags, fields,
  (extract(epoch from last_seen_at) * 1000)::float8 as last_seen_ms
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
returning id::text as id, external_id, display_name, tags, fields,
  (extract(epoch from last_seen_at) * 1000)::float8 as last_seen_ms`;

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
  c.status::text as status, c.state, c.turn,
  (extract(epoch from c.last_activity_at) * 1000)::float8 as last_activity_ms,
  a.session_timeout_minutes, a.settings, a.deployment_revision,
  (extract(epoch from a.updated_at) * 1000)::float8 as account_updated_ms`;

/**
 * $1 account: its live flows in merge order (cached per deployment revision): flow priority, then
 * the most recently deployed; the account's auto replies come last, so a drawn flow wins a tie.
 */
export const LIVE_FLOWS_SQL = `
select d.flow_version_id::text as version_id, d.flow_id::text as flow_id,
  d.trigger_priorities
from deployments d join flows f on f.id = d.flow_id
where d.account_id = $1 and f.deleted_at is null
order by (f.kind = 'auto-reply'), d.priority desc, d.deployed_at desc`;

/**
 * $1 channel, $2 external id, $3 channel message id, $4 account: the contact's open conversation, a
 * dedupe hit, the account's settings and deployment revision. Keyed like LOCK_CONTACT_SQL so both travel in one round trip; it runs
 * after the lock is granted, so it reads the state the previous holder committed.
 */
export const LOAD_FOR_INBOUND_SQL = `
select ${loadColumns},
  (select m.id::text from messages m
   where m.channel_id = $1 and m.channel_message_id = $3 and m.direction = 'in') as duplicate_of
from accounts a
left join lateral (
  select cv.* from conversations cv join contacts ct on ct.id = cv.contact_id
  where ct.channel_id = $1 and ct.external_id = $2 and cv.status in ('active', 'handoff')
  order by cv.started_at desc limit 1
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
    from messages o where o.contact_id = i.contact_id and o.id > i.id and o.in_reply_to = i.id), '[]'::json) as replies
from messages i join conversations c on c.id = i.conversation_id
where i.id = $1`;

/** Which parts a turn's write statement needs: each shape is its own (small) prepared statement. */
export interface PersistShape {
  /** An inbound message: every write is gated on its dedupe insert (a duplicate writes nothing). */
  inbound: boolean;
  newConversation: boolean;
  closePrevious: boolean;
  outbound: boolean;
  /** The replies' WeChat delivery row (outbox `deliver`), written by the same statement. */
  deliverOutbox: boolean;
  touchContact: boolean;
  /**
   * Optimistic turn (planned from this process's snapshot, not a fresh load): write only if the
   * database still matches the snapshot (deployment revision, account settings, open conversation and
   * its turn) and the
   * message id is new; otherwise write nothing (`inbound_id` null) and the caller takes the slow path.
   */
  guard: boolean;
}

export interface PersistValues {
  workspaceId: string;
  channelId: string;
  contactId: string;
  accountId: string;
  isTest: boolean;
  channelMessageId: string | null;
  inboundType: string | null;
  /** JSON text. */
  inboundPayload: string | null;
  conversationId: string;
  flowVersionId: string | null;
  status: string;
  /** JSON text. */
  state: string;
  turn: number;
  previousId: string | null;
  previousStatus: string | null;
  /** JSON text: [{kind, payload, node_id, delivery, ord}]. */
  outbound: string;
  /** JSON text: [[mark, node id], …]; on the inbound message, or an analytics row for an event's turn. */
  marks: string;
  displayName: string | null;
  /** Event turns: the inbound message whose turn led here (its replies are replayed to a retry). */
  inReplyTo: number | null;
  /** With `guard`: what the snapshot says (conversation id null: the contact had none open). */
  guardRevision: number | null;
  /** The account's `updated_at` (epoch ms) the snapshot's settings were read at. */
  guardAccountUpdated: number | null;
  guardConversationId: string | null;
  guardTurn: number | null;
  guardStatus: string | null;
}

const persistCache = new Map<string, { text: string; names: (keyof PersistValues)[] }>();

/**
 * The write statement of a turn, built once per shape: the inbound message (dedupe gate), the
 * conversation (insert or in-place update), the previous conversation's end, the replies, analytics
 * marks, the contact's last-seen time and a WeChat delivery row. Returns the inbound id, the replies'
 * ids and times, and the delivery row's id.
 */
export function persistTurnStatement(shape: PersistShape, values: PersistValues): [string, SqlValue[]] {
  const key = JSON.stringify(shape);
  let built = persistCache.get(key);
  if (!built) {
    built = buildPersist(shape);
    persistCache.set(key, built);
  }
  return [built.text, built.names.map((name) => values[name] as SqlValue)];
}

function buildPersist(shape: PersistShape): { text: string; names: (keyof PersistValues)[] } {
  const names: (keyof PersistValues)[] = [];
  const p = (name: keyof PersistValues, cast = '') => {
    let i = names.indexOf(name);
    if (i < 0) i = names.push(name) - 1;
    return `$${i + 1}${cast}`;
  };
  const ctes: string[] = [];
  const gated = shape.inbound ? ' and exists (select 1 from inb)' : '';
  const fromGate = shape.inbound ? ' from inb' : '';
  if (shape.guard) {
    const open = `select 1 from conversations where contact_id = ${p('contactId', '::uuid')}
      and status in ('active', 'handoff')`;
    ctes.push(`ok as (
  select 1 where exists (select 1 from accounts where id = ${p('accountId', '::uuid')}
      and deployment_revision = ${p('guardRevision', '::int')}
      and (extract(epoch from updated_at) * 1000)::float8 = ${p('guardAccountUpdated', '::float8')})
    and not exists (select 1 from messages where channel_id = ${p('channelId', '::uuid')}
      and channel_message_id = ${p('channelMessageId', '::text')} and direction = 'in')
    and case when ${p('guardConversationId', '::uuid')} is null then not exists (${open})
      else exists (select 1 from conversations where id = ${p('guardConversationId', '::uuid')}
          and turn = ${p('guardTurn', '::int')} and status = ${p('guardStatus', '::text')}::conversation_status)
        and not exists (${open} and id <> ${p('guardConversationId', '::uuid')}) end
)`);
  }
  if (shape.inbound)
    ctes.push(`inb as (
  insert into messages (workspace_id, channel_id, conversation_id, contact_id, direction,
    channel_message_id, type, payload, is_test, marks)
  select ${p('workspaceId', '::uuid')}, ${p('channelId', '::uuid')}, ${p('conversationId', '::uuid')},
    ${p('contactId', '::uuid')}, 'in', ${p('channelMessageId', '::text')}, ${p('inboundType', '::text')},
    ${p('inboundPayload', '::text')}::jsonb, ${p('isTest', '::boolean')}, ${p('marks', '::text')}::jsonb${
      shape.guard ? ' from ok' : ''
    }
  on conflict (channel_id, channel_message_id) where direction = 'in' do nothing
  returning id
)`);
  if (shape.newConversation)
    ctes.push(`conv as (
  insert into conversations (id, workspace_id, account_id, channel_id, contact_id, flow_version_id,
    status, state, turn, is_test)
  select ${p('conversationId', '::uuid')}, ${p('workspaceId', '::uuid')}, ${p('accountId', '::uuid')},
    ${p('channelId', '::uuid')}, ${p('contactId', '::uuid')}, ${p('flowVersionId', '::uuid')},
    ${p('status', '::text')}::conversation_status, ${p('state', '::text')}::jsonb, ${p('turn', '::int')},
    ${p('isTest', '::boolean')}${fromGate}
  returning id
)`);
  else
    ctes.push(`conv as (
  update conversations set status = ${p('status', '::text')}::conversation_status,
    state = ${p('state', '::text')}::jsonb, turn = ${p('turn', '::int')}, last_activity_at = now()
  where id = ${p('conversationId', '::uuid')}${gated}
  returning id
)`);
  if (shape.closePrevious)
    ctes.push(`prev as (
  update conversations set status = ${p('previousStatus', '::text')}::conversation_status, ended_at = now()
  where id = ${p('previousId', '::uuid')}${gated}
  returning id
)`);
  if (shape.outbound)
    ctes.push(`outb as (
  insert into messages (workspace_id, channel_id, conversation_id, contact_id, direction, type,
    payload, node_id, in_reply_to, delivery_status, is_test)
  select ${p('workspaceId', '::uuid')}, ${p('channelId', '::uuid')}, ${p('conversationId', '::uuid')},
    ${p('contactId', '::uuid')}, 'out', o.kind, o.payload, o.node_id,
    ${shape.inbound ? 'inb.id' : p('inReplyTo', '::bigint')},
    o.delivery::delivery_status, ${p('isTest', '::boolean')}
  from${shape.inbound ? ' inb,' : ''} jsonb_to_recordset(${p('outbound', '::text')}::jsonb)
    as o(kind text, payload jsonb, node_id text, delivery text, ord int)
  order by o.ord
  returning id, (extract(epoch from created_at) * 1000)::float8 as at
)`);
  if (shape.deliverOutbox && shape.outbound)
    ctes.push(`dlv as (
  insert into outbox (workspace_id, conversation_id, kind, payload, status)
  select ${p('workspaceId', '::uuid')}, ${p('conversationId', '::uuid')}, 'deliver',
    jsonb_build_object('channelId', ${p('channelId', '::text')},
      'messageIds', (select jsonb_agg(id order by id) from outb)), 'pending'
  where exists (select 1 from outb)
  returning id
)`);
  if (!shape.inbound)
    ctes.push(`marks as (
  insert into analytics_events (workspace_id, account_id, flow_version_id, conversation_id, kind, data)
  values (${p('workspaceId', '::uuid')}, ${p('accountId', '::uuid')}, ${p('flowVersionId', '::uuid')},
    ${p('conversationId', '::uuid')}, 'turn', jsonb_build_object('marks', ${p('marks', '::text')}::jsonb))
  returning id
)`);
  if (shape.touchContact)
    ctes.push(`seen as (
  update contacts set last_seen_at = now(), display_name = coalesce(${p('displayName', '::text')}, display_name)
  where id = ${p('contactId', '::uuid')}${gated}
  returning id
)`);
  const inboundId = shape.inbound ? '(select id::text from inb)' : 'null::text';
  const outbound = shape.outbound
    ? `coalesce((select json_agg(json_build_array(id, at) order by id) from outb), '[]'::json)`
    : `'[]'::json`;
  const deliveryId = shape.deliverOutbox && shape.outbound ? '(select id::text from dlv)' : 'null::text';
  return {
    text: `with ${ctes.join(',\n')}\nselect ${inboundId} as inbound_id, ${outbound} as outbound, ${deliveryId} as delivery_id`,
    names,
  };
}

export const MARK_OUTBOX_DONE_SQL = `
update outbox set status = 'done', attempts = attempts + 1, last_error = $2, updated_at = now() where id = $1`;

export const UPDATE_CONTACT_TAGS_SQL = `update contacts set tags = $2::text[] where id = $1`;

/** $1 workspace, $2 conversation, $3 rows (json text: [{kind, payload, ord}]): returns ids in order. */
export const INSERT_OUTBOX_SQL = `
insert into outbox (workspace_id, conversation_id, kind, payload, status)
select $1, $2, o.kind, o.payload, 'pending'
from jsonb_to_recordset($3::text::jsonb) as o(kind text, payload jsonb, ord int)
order by o.ord
returning id::text as id`;
