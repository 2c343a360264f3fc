import { createHmac } from 'node:crypto';
import http from 'node:http';
import {
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  webhookResponseSchema,
} from '@/server/channels/webhook/webhook-contract';
import { loopbackUrl } from './load';
import { postRaw } from './post-raw';
import { runScriptedLoad, type ScriptedLoadResult, type TurnOutcome } from './scripted-load';

export type WebhookLoadResult = ScriptedLoadResult;

/** Signs like a caller of the webhook channel: HMAC-SHA256(secret, "<ts>.<raw body>"), hex. */
function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

function checkReplies(status: number, raw: string, expected: readonly string[]): TurnOutcome {
  if (status !== 200) return { ok: false, kind: 'status', detail: `${status} ${raw.slice(0, 200)}` };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, kind: 'mismatch', detail: `not JSON: ${raw.slice(0, 200)}` };
  }
  const parsed = webhookResponseSchema.safeParse(json);
  if (!parsed.success) return { ok: false, kind: 'mismatch', detail: `bad shape: ${raw.slice(0, 200)}` };
  const { replies, duplicate, handoff } = parsed.data;
  const texts = replies.map((r) => (r.kind === 'text' && typeof r.text === 'string' ? r.text : null));
  if (duplicate || handoff || JSON.stringify(texts) !== JSON.stringify(expected))
    return {
      ok: false,
      kind: 'mismatch',
      detail: `expected ${JSON.stringify(expected)}, got ${raw.slice(0, 300)}`,
    };
  return { ok: true };
}

/**
 * Closed-loop load on `POST /hooks/<channelKey>`: each connection plays the benchmark script with one
 * new contact after another (sender ids unique per run), every message signed and uniquely identified,
 * every reply checked. A contact whose turn fails is abandoned (its state is unknown) for a new one.
 */
export async function runWebhookLoad(options: {
  baseUrl: string;
  channelKey: string;
  signingSecret: string;
  connections: number;
  seconds: number;
  /** Distinguishes this run's senders from earlier runs' (warm-up) in the same database. */
  runId: string;
}): Promise<WebhookLoadResult> {
  const url = loopbackUrl(options.baseUrl, `/hooks/${encodeURIComponent(options.channelKey)}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const result = await runScriptedLoad({
    connections: options.connections,
    seconds: options.seconds,
    nextContactId: (n) => `${options.runId}-${n}`,
    send: ({ contact, turn, step }) => {
      const body = JSON.stringify({ senderId: contact, messageId: `${contact}-${turn}`, text: step.text });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const headers = {
        'content-type': 'application/json',
        [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
        [WEBHOOK_SIGNATURE_HEADER]: sign(options.signingSecret, timestamp, body),
      };
      return postRaw({ url, agent, headers, body });
    },
    check: ({ status, raw, step }) => checkReplies(status, raw, step.replies),
  });
  agent.destroy();
  return result;
}
