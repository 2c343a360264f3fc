export interface ClosedLoopResult {
  /** Operations that succeeded (only these have latencies). */
  ok: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** One connection's loop body: performs one operation and tells whether it succeeded. */
export type Operation = () => Promise<boolean>;

/**
 * A bounded closed loop: `connections` workers each start their next operation as soon as the
 * previous one settles, until `seconds` have passed. Latency is measured around each operation;
 * percentiles are over successful operations only. An operation must not throw.
 */
export async function runClosedLoop(options: {
  connections: number;
  seconds: number;
  /** Called once per connection, so a worker can keep its own state (contacts, rows). */
  createWorker: (index: number) => Operation;
}): Promise<ClosedLoopResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async (_, index) => {
      const operation = options.createWorker(index);
      while (performance.now() < deadline) {
        const begun = performance.now();
        if (await operation()) latencies.push(performance.now() - begun);
        else errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pick = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    ok: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: pick(0.5),
    p99Ms: pick(0.99),
  };
}
