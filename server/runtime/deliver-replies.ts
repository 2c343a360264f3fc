import { signWebhookBody } from '../channels/webhook/verify-webhook-signature';
import { WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from '../channels/webhook/webhook-contract';
import type { RawSql } from '../db/raw-sql';
import type { SecretBox } from '../security/secret-box';
import type { executeHttpRequest } from './http/execute-http-request';
import { allowlistOfSettings } from './http/http-allowlist';

/**
 * After this many attempts a delivery is dead: visible to operators, no more retries (webhook and
 * WeChat deliveries alike).
 */
export const MAX_DELIVERY_ATTEMPTS = 5;

const LOAD_SQL = `
select o.status::text as status, o.attempts, o.payload, o.conversation_id::text as conversation_id,
  ch.config as channel_config, ch.secrets_encrypted, a.settings, ct.external_id
from outbox o
join conversations c on c.id = o.conversation_id
join channels ch on ch.id = c.channel_id
join accounts a on a.id = c.account_id
join contacts ct on ct.id = c.contact_id
where o.id = $1`;

/**
 * Delivers replies produced after their request ended (delays, HTTP continuations, releases) to a
 * webhook channel's callback URL: a signed POST (same scheme as inbound) through the SSRF-guarded
 * client. Returns normally when done or dead; throws to have the queue retry with backoff.
 */
export async function deliverReplies(options: {
  raw: RawSql;
  secrets: SecretBox;
  http: typeof executeHttpRequest;
  outboxId: string;
}): Promise<'sent' | 'dead' | 'skipped'> {
  const { raw, outboxId } = options;
  const [row] = await raw.query<{
    status: string;
    attempts: number;
    payload: { messageIds: number[] };
    conversation_id: string;
    channel_config: Record<string, unknown> | null;
    secrets_encrypted: string | null;
    settings: Record<string, unknown> | null;
    external_id: string;
  }>(LOAD_SQL, [outboxId]);
  if (!row || row.status === 'done' || row.status === 'dead') return 'skipped';
  const callbackUrl = row.channel_config?.callbackUrl;
  const ids = row.payload.messageIds;
  const replies = await raw.query<{ payload: unknown }>(
    `select payload from messages where id = any($1::bigint[]) order by id`,
    [ids.map(String)],
  );
  const secret = row.secrets_encrypted
    ? (options.secrets.decryptJson(row.secrets_encrypted).signingSecret ?? '')
    : '';
  const body = JSON.stringify({
    type: 'replies',
    senderId: row.external_id,
    conversationId: row.conversation_id,
    replies: replies.map((r) => r.payload),
  });
  const timestamp = Math.floor(Date.now() / 1000);

  const result =
    typeof callbackUrl === 'string' && callbackUrl
      ? await options.http({
          request: {
            method: 'POST',
            url: callbackUrl,
            headers: {
              'content-type': 'application/json',
              [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
              [WEBHOOK_SIGNATURE_HEADER]: signWebhookBody({ secret, timestamp, body }),
            },
            body,
            timeoutMs: 10_000,
          },
          allowlist: allowlistOfSettings(row.settings),
        })
      : { status: 0, error: 'the channel has no callback URL', body: null, durationMs: 0 };
  const ok = result.status >= 200 && result.status < 300;
  const attempts = row.attempts + 1;
  const status = ok ? 'done' : attempts >= MAX_DELIVERY_ATTEMPTS ? 'dead' : 'failed';
  const error = ok ? null : (result.error ?? `callback answered HTTP ${result.status}`);
  await raw.transaction(async (tx) => {
    await tx.query(
      `update outbox set status = $2::outbox_status, attempts = $3, last_error = $4, updated_at = now() where id = $1`,
      [outboxId, status, attempts, error],
    );
    await tx.query(`update messages set delivery_status = $2::delivery_status where id = any($1::bigint[])`, [
      ids.map(String),
      ok ? 'sent' : status === 'dead' ? 'dead' : 'failed',
    ]);
  });
  if (ok) return 'sent';
  if (status === 'dead') return 'dead';
  throw new Error(`delivery ${outboxId} failed: ${error}`);
}
