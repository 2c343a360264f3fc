import type { Services } from '../services';
import { QUEUES } from '../runtime/jobs/job-queue';

/**
 * Puts given-up (dead or blocked) messages back on their way: per original delivery, in order, a
 * fresh outbox row (with fresh attempts) and its delivery job, written in one transaction with the
 * messages' `pending`. Only messages still dead or blocked at that moment are taken, so two operators
 * retrying at once send nothing twice. What already reached the contact is not sent again: the
 * WeChat passive part of the first message, and each message's API parts sent before (`resume`).
 * Returns how many messages were queued.
 */
export async function requeueDeliveries(options: {
  services: Services;
  workspaceId: string;
  channelId: string;
  messageIds: number[];
}): Promise<number> {
  const { services } = options;
  return services.dbHandle.raw.transaction(async (tx) => {
    const taken = await tx.query<{ id: string; conversation_id: string; api_sends: number }>(
      `update messages set delivery_status = 'pending', delivery_error = null
       where id = any($1::bigint[]) and channel_id = $2 and direction = 'out'
         and delivery_status in ('dead', 'blocked')
       returning id::text as id, conversation_id::text as conversation_id, api_sends`,
      [options.messageIds.map(String), options.channelId],
    );
    // One fresh row per original delivery (in order), so each keeps its own passive cut.
    const groups = new Map<
      string,
      { conversationId: string; passive: unknown; first: string; rows: typeof taken }
    >();
    for (const m of [...taken].sort((a, b) => Number(a.id) - Number(b.id))) {
      const [origin] = await tx.query<{ id: string; passive: unknown; first: string }>(
        `select id::text as id, payload->'passive' as passive, payload->'messageIds'->>0 as first from outbox
         where conversation_id = $1 and kind = 'deliver' and payload->'messageIds' @> to_jsonb($2::bigint)
         order by id limit 1`,
        [m.conversation_id, m.id],
      );
      const key = origin?.id ?? `message-${m.id}`;
      const group = groups.get(key) ?? {
        conversationId: m.conversation_id,
        passive: origin?.passive ?? null,
        first: origin?.first ?? '',
        rows: [],
      };
      group.rows.push(m);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      const { rows } = group;
      // The passive cut applies to the original's first message only, and only when it leads again.
      const passive = group.passive && rows[0]!.id === group.first ? group.passive : null;
      const resume = Object.fromEntries(rows.filter((r) => r.api_sends > 0).map((r) => [r.id, r.api_sends]));
      const [row] = await tx.query<{ id: string }>(
        `insert into outbox (workspace_id, conversation_id, kind, payload, status)
         values ($1, $2, 'deliver', $3::jsonb, 'pending') returning id::text as id`,
        [
          options.workspaceId,
          group.conversationId,
          JSON.stringify({
            channelId: options.channelId,
            messageIds: rows.map((r) => Number(r.id)),
            ...(passive ? { passive } : {}),
            ...(Object.keys(resume).length > 0 ? { resume } : {}),
          }),
        ],
      );
      await services.jobs.enqueue({ tx, queue: QUEUES.deliver, data: { outboxId: row!.id } });
    }
    return taken.length;
  });
}
