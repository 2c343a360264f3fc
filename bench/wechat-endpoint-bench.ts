import { type WeChatFixture } from './create-wechat-fixture';
import { type WeChatCodecBenchResult } from './wechat-codec-bench';
import { runWeChatEndpointLoad } from './wechat-endpoint-load';
import { type WebhookLoadResult } from './webhook-load';

const WARMUP_SECONDS = 2;

export interface WeChatEndpointBenchResult {
  /** Null when the endpoint answered nothing right during the warm-up. */
  load: WebhookLoadResult | null;
  endpointSkipped: string | null;
  /** The in-process safe-mode codec's cost of one message (wechat-codec-bench, same run). */
  codecMicroseconds: number;
  /** Wall time per message at the measured throughput: 1,000,000 / messages/s. */
  microsecondsPerMessage: number | null;
  /** codecMicroseconds over microsecondsPerMessage: the share of a message's time spent in the codec. */
  codecShare: number | null;
  /** The webhook endpoint's messages/s of the same run (same flow and runtime work, no crypto). */
  webhookPerSecond: number | null;
  /** Safe-mode messages/s over webhook messages/s. */
  ratioToWebhook: number | null;
  /** Time per message on the safe-mode endpoint minus on the webhook endpoint, µs (noisy). */
  extraMicrosecondsPerMessage: number | null;
}

/**
 * The safe-mode endpoint under the same closed-loop load as the webhook endpoint (after a warm-up),
 * set against the codec's in-process cost per message and the webhook throughput of the same run.
 * Problems are reported in the result, never thrown.
 */
export async function runWeChatEndpointBench(options: {
  baseUrl: string;
  fixture: WeChatFixture;
  connections: number;
  seconds: number;
  codec: WeChatCodecBenchResult;
  webhookPerSecond: number | null;
}): Promise<WeChatEndpointBenchResult> {
  const { baseUrl, fixture, connections, seconds, webhookPerSecond } = options;
  const codecMicroseconds = options.codec.microsecondsPerMessage;
  const warmup = await runWeChatEndpointLoad({
    baseUrl,
    fixture,
    connections,
    seconds: WARMUP_SECONDS,
    runId: 'warmup',
  });
  if (warmup.messages === 0) {
    return {
      load: null,
      endpointSkipped: `the safe-mode endpoint answered no message correctly during the warm-up (${
        warmup.sampleErrors[0] ?? 'no request completed'
      })`,
      codecMicroseconds,
      microsecondsPerMessage: null,
      codecShare: null,
      webhookPerSecond,
      ratioToWebhook: null,
      extraMicrosecondsPerMessage: null,
    };
  }
  const load = await runWeChatEndpointLoad({ baseUrl, fixture, connections, seconds, runId: 'measured' });
  const perMessage = load.perSecond > 0 ? 1e6 / load.perSecond : null;
  const webhookPerMessage = webhookPerSecond ? 1e6 / webhookPerSecond : null;
  return {
    load,
    endpointSkipped: null,
    codecMicroseconds,
    microsecondsPerMessage: perMessage,
    codecShare: perMessage === null ? null : codecMicroseconds / perMessage,
    webhookPerSecond,
    ratioToWebhook: webhookPerSecond ? load.perSecond / webhookPerSecond : null,
    extraMicrosecondsPerMessage:
      perMessage === null || webhookPerMessage === null ? null : perMessage - webhookPerMessage,
  };
}
