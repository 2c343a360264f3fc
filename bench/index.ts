/**
 * `npm run bench`: starts the production server in a child process and measures, over loopback:
 * the lean runtime path against the same check routed through Next; the webhook channel running a
 * multi-turn conversation against the database floor of a message, and the same conversation on the
 * WeChat safe-mode endpoint (PostgreSQL only: a fresh `replyflow_bench_*` database on DATABASE_URL's
 * server, or the local default, dropped afterwards; a fake WeChat API server in this process);
 * the flow editor in Chromium with a 1,000-node flow; and the flow language in process. Prints a
 * table and writes bench/results/latest.{json,md}.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@/server/config';
import {
  startFakeWeChatServer,
  type FakeWeChatServer,
} from '@/server/channels/wechat/fake/fake-wechat-server';
import { createServices, type Services } from '@/server/services';
import { createBenchDatabase, DEFAULT_ADMIN_URL, type BenchDatabase } from './bench-database';
import { writeReport, type BenchResults } from './bench-report';
import { runCoreBench } from './core-bench';
import { runTestCaseBench } from './test-case-bench';
import { runWeChatCodecBench } from './wechat-codec-bench';
import { createRuntimeFixture, type RuntimeFixture } from './create-runtime-fixture';
import { createWeChatFixture, type WeChatFixture } from './create-wechat-fixture';
import { runEditorBench } from './editor-bench';
import { runLoad } from './load';
import { runRuntimeBench } from './runtime-bench';
import { verifyBenchScript } from './verify-bench-script';
import { runWeChatEndpointBench } from './wechat-endpoint-bench';

const PORT = Number(process.env.BENCH_PORT ?? 3987);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const baseUrl = `http://127.0.0.1:${PORT}`;

async function waitForHealthy(deadlineMs: number): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy');
}

function withoutPassword(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function main() {
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  const core = runCoreBench();
  const testCases = await runTestCaseBench();
  const wechatCodec = runWeChatCodecBench();
  const states = verifyBenchScript();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'replyflow-bench-'));
  const adminUrl = process.env.DATABASE_URL ?? DEFAULT_ADMIN_URL;
  let database: BenchDatabase | null = null;
  let fixture: RuntimeFixture | null = null;
  let wechatFixture: WeChatFixture | null = null;
  let fakeWeChat: FakeWeChatServer | null = null;
  let skipped = '';
  let wechatSkipped = '';
  try {
    database = await createBenchDatabase(adminUrl);
  } catch (error) {
    skipped = `no PostgreSQL server usable at ${withoutPassword(adminUrl)} (${messageOf(error)}); the health check runs on the embedded database`;
    console.warn(`bench: ${skipped}`);
  }
  // The server and this process share the database and the master key (channel secrets are encrypted).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REPLYFLOW_DATA_DIR: dataDir,
    REPLYFLOW_SECRET_KEY: randomBytes(32).toString('base64'),
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: database?.url,
  };
  if (!database) delete env.DATABASE_URL;
  let server: ReturnType<typeof spawn> | null = null;
  try {
    if (database) {
      try {
        const services = await createServices({ config: loadConfig(env) });
        try {
          fixture = await createRuntimeFixture(services);
          ({ wechatFixture, fakeWeChat } = await prepareWeChat(services, fixture).catch((error: unknown) => {
            wechatSkipped = `could not prepare the WeChat channel (${messageOf(error)})`;
            console.warn(`bench: ${wechatSkipped}`);
            return { wechatFixture: null, fakeWeChat: null };
          }));
        } finally {
          await services.close();
        }
      } catch (error) {
        skipped = `could not prepare the benchmark workspace (${messageOf(error)})`;
        console.warn(`bench: ${skipped}`);
      }
    }
    server = startServer(env, []);
    await waitForHealthy(60_000);
    // Warm both paths (JIT, Next's lazy route compilation) before measuring.
    for (const p of ['/healthz', '/api/healthz'])
      await runLoad({ baseUrl, path: p, connections: 8, seconds: 2 });
    const lean = await runLoad({ baseUrl, path: '/healthz', connections: CONNECTIONS, seconds: SECONDS });
    const viaNext = await runLoad({
      baseUrl,
      path: '/api/healthz',
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    // The editor needs Next (pages, tRPC, auth): measured before the runtime-only restart.
    const editor = await runEditorBench({ baseUrl }).catch((error: unknown) => {
      console.warn(`bench: editor benchmark failed: ${messageOf(error)}`);
      return { skipped: `the editor benchmark failed (${messageOf(error)})` };
    });
    // The runtime is measured on a runtime-only process (`serve --runtime-only`, no Next in the
    // process): how a deployment that cares about message throughput runs its runtime.
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    server = startServer(env, ['--runtime-only']);
    await waitForHealthy(60_000);
    const runtime =
      database && fixture
        ? await runRuntimeBench({
            baseUrl,
            databaseUrl: database.url,
            fixture,
            connections: CONNECTIONS,
            seconds: SECONDS,
            states,
          })
        : { skipped };
    // The same conversation on the safe-mode endpoint, compared with the webhook run just above.
    const wechatEndpoint = wechatFixture
      ? await runWeChatEndpointBench({
          baseUrl,
          fixture: wechatFixture,
          connections: CONNECTIONS,
          seconds: SECONDS,
          codec: wechatCodec,
          webhookPerSecond: 'skipped' in runtime ? null : (runtime.webhook?.perSecond ?? null),
        })
      : { skipped: wechatSkipped || skipped };
    const results: BenchResults = {
      connections: CONNECTIONS,
      seconds: SECONDS,
      database: database ? 'postgres' : 'pglite',
      results: [lean, viaNext],
      ratio: lean.perSecond / viaNext.perSecond,
      core,
      testCases,
      wechatCodec,
      runtime,
      wechatEndpoint,
      editor,
      loadAverageAtStart,
    };
    await writeReport(results);
  } finally {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await fakeWeChat?.close();
    if (database)
      await database.drop().catch((e: unknown) => console.warn(`bench: drop failed: ${messageOf(e)}`));
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The fake WeChat API server (in this process, on loopback) and a safe-mode Official Account channel
 * on the runtime fixture's account whose `apiBase` points at it, the app registered there.
 */
async function prepareWeChat(services: Services, fixture: RuntimeFixture) {
  const fake = await startFakeWeChatServer();
  try {
    const wechat = await createWeChatFixture({
      services,
      webhookChannelKey: fixture.channelKey,
      apiBase: fake.url,
    });
    fake.state.registerApp(wechat.appId, wechat.appSecret);
    return { wechatFixture: wechat, fakeWeChat: fake };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

/** `replyflow serve` in its own process group (BENCH_NODE_ARGS adds node flags, e.g. --cpu-prof). */
function startServer(env: NodeJS.ProcessEnv, extra: string[]) {
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  return spawn(
    process.execPath,
    [...nodeArgs, 'bin/replyflow.mjs', 'serve', '--port', String(PORT), ...extra],
    {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    },
  );
}

await main();
