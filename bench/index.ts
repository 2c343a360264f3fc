/**
 * `npm run bench`: starts the production server (embedded database, or DATABASE_URL when set) in a
 * child process and measures the lean runtime path against the same check routed through Next.
 * Prints a table and writes bench/results/latest.{json,md}. Later capabilities add their benchmarks.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCoreBench, type CoreBenchResult } from './core-bench';
import { runLoad, type LoadResult } from './load';

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

async function main() {
  const core = runCoreBench();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'replyflow-bench-'));
  const server = spawn(process.execPath, ['bin/replyflow.mjs', 'serve', '--port', String(PORT)], {
    env: { ...process.env, REPLYFLOW_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  try {
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
    await report([lean, viaNext], lean.perSecond / viaNext.perSecond, core);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await rm(dataDir, { recursive: true, force: true });
  }
}

function report(results: LoadResult[], ratio: number, core: CoreBenchResult) {
  const rows = results.map(
    (r) =>
      `| \`${r.path}\` | ${r.perSecond.toFixed(0)} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.errors} |`,
  );
  const md = [
    `Health check, ${CONNECTIONS} connections, ${SECONDS} s each, ${os.cpus().length} CPUs, node ${process.version}`,
    '',
    '| path | req/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    `Lean path / Next path throughput ratio: **${ratio.toFixed(1)}×**`,
    '',
    `Compile a 10,000-node flow: ${core.compile10kMs.toFixed(0)} ms (median of 5)`,
    `Engine \`step\` in process: ${core.stepEventsPerSecond.toFixed(0)} events/s`,
  ].join('\n');
  console.log(`\n${md}\n`);
  return mkdir('bench/results', { recursive: true }).then(() =>
    Promise.all([
      writeFile(
        'bench/results/latest.json',
        JSON.stringify({ connections: CONNECTIONS, results, ratio, core }, null, 2),
      ),
      writeFile('bench/results/latest.md', `${md}\n`),
    ]),
  );
}

await main();
