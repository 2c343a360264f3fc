import { createHmac } from 'node:crypto';
import http from 'node:http';
import {
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  webhookResponseSchema,
} from '@/server/channels/webhook/webhook-contract';
import { runClosedLoop } from './closed-loop';
import { loopbackUrl } from './load';
import { benchScript } from './runtime-flow';

export interface WebhookLoadResult {
  /** Messages answered 200 with exactly the expected replies. */
  messages: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-200 answers, network failures and wrong replies. */
  errors: number;
  non200: number;
  mismatches: number;
  /** Contacts that ran the whole script (4 turns) without an error. */
  conversationsCompleted: number;
  /** Distinct contacts (senders, hence conversations) the run started. */
  contacts: number;
  seconds: number;
  /** The first few failures, for the report. */
  sampleErrors: string[];
}

type Outcome = { ok: true } | { ok: false; kind: 'status' | 'mismatch'; detail: string };

/** Signs like a caller of the webhook channel: HMAC-SHA256(secret, "<ts>.<raw body>"), hex. */
function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

function checkReplies(status: number, raw: string, expected: readonly string[]): Outcome {
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
  let contacts = 0;
  let conversationsCompleted = 0;
  let non200 = 0;
  let mismatches = 0;
  const sampleErrors: string[] = [];

  const post = (body: string) =>
    new Promise<{ status: number; raw: string }>((resolve) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const req = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
            [WEBHOOK_SIGNATURE_HEADER]: sign(options.signingSecret, timestamp, body),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, raw: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', (e) => resolve({ status: 0, raw: String(e) }));
        },
      );
      req.on('error', (e) => resolve({ status: 0, raw: String(e) }));
      req.end(body);
    });

  const createWorker = () => {
    let senderId = '';
    let turn = benchScript.length;
    return async () => {
      if (turn >= benchScript.length) {
        contacts += 1;
        senderId = `${options.runId}-${contacts}`;
        turn = 0;
      }
      const script = benchScript[turn]!;
      const body = JSON.stringify({ senderId, messageId: `${senderId}-${turn}`, text: script.text });
      const { status, raw } = await post(body);
      const outcome = checkReplies(status, raw, script.replies);
      if (outcome.ok) {
        turn += 1;
        if (turn === benchScript.length) conversationsCompleted += 1;
        return true;
      }
      if (outcome.kind === 'status') non200 += 1;
      else mismatches += 1;
      if (sampleErrors.length < 5) sampleErrors.push(`"${script.text}": ${outcome.detail}`);
      turn = benchScript.length;
      return false;
    };
  };

  const result = await runClosedLoop({
    connections: options.connections,
    seconds: options.seconds,
    createWorker,
  });
  agent.destroy();
  return {
    messages: result.ok,
    perSecond: result.perSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    errors: result.errors,
    non200,
    mismatches,
    conversationsCompleted,
    contacts,
    seconds: result.seconds,
    sampleErrors,
  };
}
