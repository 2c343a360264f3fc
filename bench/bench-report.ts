import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { type CoreBenchResult } from './core-bench';
import { type EditorBenchResult } from './editor-bench';
import { type FrameStats } from './frame-stats';
import { type LoadResult } from './load';
import { type RuntimeBenchResult } from './runtime-bench';
import { type TestCaseBenchResult } from './test-case-bench';
import { type WeChatCodecBenchResult } from './wechat-codec-bench';
import { type WeChatEndpointBenchResult } from './wechat-endpoint-bench';

export interface BenchResults {
  connections: number;
  seconds: number;
  /** Database behind the server process during the health and runtime cases. */
  database: 'postgres' | 'pglite';
  results: LoadResult[];
  /** Lean `/healthz` over Next `/api/healthz` throughput. */
  ratio: number;
  core: CoreBenchResult;
  testCases: TestCaseBenchResult;
  wechatCodec: WeChatCodecBenchResult;
  runtime: RuntimeBenchResult | { skipped: string };
  /** The runtime's conversation on the WeChat safe-mode endpoint (same server and database). */
  wechatEndpoint: WeChatEndpointBenchResult | { skipped: string };
  editor: EditorBenchResult | { skipped: string };
  /** 1-minute load average when the run started: other work on the machine skews every figure. */
  loadAverageAtStart: number;
}

const ms = (v: number) => v.toFixed(2);
const verdict = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : '**missed**');

function runtimeSection(r: BenchResults): string[] {
  const runtime = r.runtime;
  if ('skipped' in runtime) return [`Runtime benchmark skipped: ${runtime.skipped}`];
  const { webhook, floor } = runtime;
  const lines = [
    `Runtime: webhook conversation vs database floor, PostgreSQL ${floor.serverVersion}, ${r.connections} connections, ${r.seconds} s each after a 2 s warm-up`,
    '',
    '| case | per s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|',
  ];
  if (webhook) {
    lines.push(
      `| \`POST /hooks/…\` messages (price → signup → bad email → email, every reply checked) | ${webhook.perSecond.toFixed(0)} | ${ms(webhook.p50Ms)} | ${ms(webhook.p99Ms)} | ${webhook.errors} (${webhook.non200} non-200, ${webhook.mismatches} wrong replies) |`,
    );
  }
  lines.push(
    `| database floor transactions (lock + update + insert, postgres.js, ${floor.rows} rows) | ${floor.perSecond.toFixed(0)} | ${ms(floor.p50Ms)} | ${ms(floor.p99Ms)} | ${floor.errors} |`,
    '',
  );
  if (!webhook) {
    lines.push(`Webhook load skipped: ${runtime.webhookSkipped ?? 'unknown reason'}`);
    return lines;
  }
  lines.push(
    `Turns answered correctly: ${webhook.messages}; conversations completed (4 turns): ${webhook.conversationsCompleted} of ${webhook.contacts} contacts started`,
    `Runtime / floor throughput: **${runtime.ratio?.toFixed(2) ?? 'n/a'}** (target ≥ ${runtime.targets.ratioToFloor.toFixed(2)}: ${verdict(runtime.ratioMet)}); ` +
      `p99 ${ms(webhook.p99Ms)} ms (target < ${runtime.targets.p99Ms} ms: ${verdict(runtime.p99Met)})`,
  );
  if (webhook.sampleErrors.length > 0)
    lines.push('', 'First errors:', ...webhook.sampleErrors.map((e) => `- ${e}`));
  return lines;
}

function wechatEndpointSection(r: BenchResults): string[] {
  const bench = r.wechatEndpoint;
  if ('skipped' in bench) return [`WeChat safe-mode endpoint benchmark skipped: ${bench.skipped}`];
  const { load } = bench;
  const lines = [
    `WeChat safe-mode endpoint: the same conversation as encrypted text pushes (one OpenID per contact), ${r.connections} connections, ${r.seconds} s after a 2 s warm-up`,
    '',
    '| case | per s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|',
  ];
  if (!('skipped' in r.runtime) && r.runtime.webhook) {
    const webhook = r.runtime.webhook;
    lines.push(
      `| \`POST /hooks/…\` messages (above: JSON, HMAC, no encryption) | ${webhook.perSecond.toFixed(0)} | ${ms(webhook.p50Ms)} | ${ms(webhook.p99Ms)} | ${webhook.errors} |`,
    );
  }
  if (load) {
    lines.push(
      `| \`POST /wechat/…?encrypt_type=aes\` messages (every reply's signature verified, decrypted, its text checked) | ${load.perSecond.toFixed(0)} | ${ms(load.p50Ms)} | ${ms(load.p99Ms)} | ${load.errors} (${load.non200} non-200, ${load.mismatches} wrong replies) |`,
    );
  }
  lines.push('');
  if (!load) {
    lines.push(`Safe-mode load skipped: ${bench.endpointSkipped ?? 'unknown reason'}`);
    return lines;
  }
  const share = bench.codecShare === null ? 'n/a' : `${(bench.codecShare * 100).toFixed(0)}%`;
  const extra =
    bench.extraMicrosecondsPerMessage === null
      ? ''
      : ` (${bench.extraMicrosecondsPerMessage >= 0 ? '+' : ''}${bench.extraMicrosecondsPerMessage.toFixed(0)} µs per message measured end to end)`;
  lines.push(
    `Turns answered correctly: ${load.messages}; conversations completed (4 turns): ${load.conversationsCompleted} of ${load.contacts} OpenIDs started`,
    `Crypto+XML overhead per message: ${bench.codecMicroseconds.toFixed(0)} µs (the codec in process) of ${bench.microsecondsPerMessage?.toFixed(0) ?? 'n/a'} µs per message at ${load.perSecond.toFixed(0)} messages/s: **${share}**; ` +
      `safe-mode / webhook throughput: **${bench.ratioToWebhook?.toFixed(2) ?? 'n/a'}**${extra}`,
  );
  if (load.sampleErrors.length > 0)
    lines.push('', 'First errors:', ...load.sampleErrors.map((e) => `- ${e}`));
  return lines;
}

function editorSection(editor: EditorBenchResult | { skipped: string }): string[] {
  if ('skipped' in editor) return [`Editor benchmark skipped: ${editor.skipped}`];
  const { targets } = editor;
  const frameTarget = `p95 < ${targets.frameP95Ms} ms`;
  const frames = (name: string, f: FrameStats, met: boolean | null, target: string) =>
    `| ${name} | ${f.frames} frames in ${(f.durationMs / 1000).toFixed(1)} s${f.moves === null ? '' : ` (${f.moves} mouse moves)`}; ${(f.jankyShare * 100).toFixed(0)}% over 50 ms | ${ms(f.p50Ms)} | ${ms(f.p95Ms)} | ${ms(f.maxMs)} | ${target} | ${verdict(met)} |`;
  const saved =
    editor.saveMs === null
      ? 'no autosave seen within 20 s'
      : `autosaved ${(editor.saveMs / 1000).toFixed(1)} s after mouse up (node moved in the saved draft: ${editor.dragSaved ? 'yes' : '**no**'}; indicator: ${editor.saveIndicator ?? 'none'})`;
  return [
    `Editor: ${editor.nodes}-node flow in Chromium ${editor.browser} (headless, \`--disable-gpu\`, ${os.cpus().length} CPUs shared with the server: pessimistic), 1440×900; ${editor.renderedNodes} nodes mounted after opening`,
    '',
    '| case | runs | median / p50 ms | p95 ms | max ms | target | verdict |',
    '|---|---|---|---|---|---|---|',
    `| open (navigation → nodes painted) | ${editor.openMs.length} after a warm-up: ${editor.openMs.join(', ')} ms | ${editor.openMedianMs.toFixed(0)} | | ${editor.openMaxMs.toFixed(0)} | median < ${targets.openMs} ms | ${verdict(editor.openMet)} |`,
    frames('drag a node ~600 px (frame times)', editor.drag, editor.dragMet, frameTarget),
    frames('pan the canvas ~600 px (frame times)', editor.pan, editor.panMet, frameTarget),
    frames('fit view (Controls button, 1 s of frames)', editor.fitView, null, 'n/a'),
    '',
    `Drag: ${saved}`,
    ...editor.notes.map((n) => `- ${n}`),
  ];
}

/** The markdown summary printed and written to bench/results/latest.md. */
export function formatReport(r: BenchResults): string {
  const health = r.results.map(
    (x) => `| \`${x.path}\` | ${x.perSecond.toFixed(0)} | ${ms(x.p50Ms)} | ${ms(x.p99Ms)} | ${x.errors} |`,
  );
  return [
    `Health check (${r.database === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'}), ${r.connections} connections, ${r.seconds} s each, ${os.cpus().length} CPUs (load average ${r.loadAverageAtStart.toFixed(1)} at start), node ${process.version}`,
    '',
    '| path | req/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|',
    ...health,
    '',
    `Lean path / Next path throughput ratio: **${r.ratio.toFixed(1)}×**`,
    '',
    ...runtimeSection(r),
    '',
    ...wechatEndpointSection(r),
    '',
    ...editorSection(r.editor),
    '',
    `Compile a 10,000-node flow: ${r.core.compile10kMs.toFixed(0)} ms (median of 5)`,
    `Engine \`step\` in process: ${r.core.stepEventsPerSecond.toFixed(0)} events/s`,
    `WeChat safe-mode codec in process (verify, decrypt, parse, passive reply, encrypt, sign): ${r.wechatCodec.microsecondsPerMessage.toFixed(0)} µs per message (${r.wechatCodec.messagesPerSecond.toFixed(0)} messages/s on one core)`,
    `Test cases in process: ${r.testCases.stepsPerSecond.toFixed(0)} steps/s; a publish with 100 test cases of ${r.testCases.steps} steps runs them in ${r.testCases.gate100Ms.toFixed(0)} ms`,
  ].join('\n');
}

/** Prints the summary and writes bench/results/latest.{json,md}. */
export async function writeReport(r: BenchResults): Promise<void> {
  const md = formatReport(r);
  console.log(`\n${md}\n`);
  await mkdir('bench/results', { recursive: true });
  await Promise.all([
    writeFile('bench/results/latest.json', `${JSON.stringify(r, null, 2)}\n`),
    writeFile('bench/results/latest.md', `${md}\n`),
  ]);
}
