import type postgres from 'postgres';
import { type RuntimeFixture } from './create-runtime-fixture';
import { runDatabaseFloor, type FloorResult } from './database-floor';
import { runWebhookLoad, type WebhookLoadResult } from './webhook-load';

/** What the runtime should reach against the database floor measured in the same run. */
export const RUNTIME_TARGETS = { ratioToFloor: 0.6, p99Ms: 50 } as const;
const WARMUP_SECONDS = 2;

export interface RuntimeBenchResult {
  /** Null when the webhook endpoint answered nothing right during the warm-up. */
  webhook: WebhookLoadResult | null;
  webhookSkipped: string | null;
  floor: FloorResult;
  /** Webhook messages/s over floor transactions/s. */
  ratio: number | null;
  targets: typeof RUNTIME_TARGETS;
  ratioMet: boolean | null;
  p99Met: boolean | null;
}

/**
 * The webhook conversation load against the running server, then the database floor on the same
 * database with as many conversation rows as the webhook run used. Both warm up first. Misses of
 * the targets are reported, never thrown.
 */
export async function runRuntimeBench(options: {
  baseUrl: string;
  databaseUrl: string;
  fixture: RuntimeFixture;
  connections: number;
  seconds: number;
  /** Per-turn conversation states of the script (the floor writes these). */
  states: readonly postgres.JSONValue[];
}): Promise<RuntimeBenchResult> {
  const { connections, seconds } = options;
  const load = { baseUrl: options.baseUrl, ...options.fixture, connections };
  const warmup = await runWebhookLoad({ ...load, seconds: WARMUP_SECONDS, runId: 'warmup' });
  let webhook: WebhookLoadResult | null = null;
  let webhookSkipped: string | null = null;
  if (warmup.messages === 0) {
    webhookSkipped = `the webhook endpoint answered no message correctly during the warm-up (${
      warmup.sampleErrors[0] ?? 'no request completed'
    })`;
  } else {
    webhook = await runWebhookLoad({ ...load, seconds, runId: 'measured' });
  }
  const floor = await runDatabaseFloor({
    url: options.databaseUrl,
    connections,
    seconds,
    warmupSeconds: WARMUP_SECONDS,
    rows: webhook?.contacts ?? connections * 100,
    states: options.states,
  });
  const ratio = webhook && floor.perSecond > 0 ? webhook.perSecond / floor.perSecond : null;
  return {
    webhook,
    webhookSkipped,
    floor,
    ratio,
    targets: RUNTIME_TARGETS,
    ratioMet: ratio === null ? null : ratio >= RUNTIME_TARGETS.ratioToFloor,
    p99Met: webhook ? webhook.p99Ms < RUNTIME_TARGETS.p99Ms : null,
  };
}
