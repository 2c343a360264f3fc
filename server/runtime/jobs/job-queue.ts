import PgBoss from 'pg-boss';
import type { DbHandle } from '../../db/client';
import type { RawQueryable } from '../../db/raw-sql';

/** The runtime's durable queues (pg-boss jobs in the same database). */
export const QUEUES = {
  /** `{ conversationId, timerId }`: a delay or ask timeout is due. */
  timer: 'rf-timer',
  /** `{ outboxId }`: an HTTP-request node whose inline execution did not finish (crash, restart). */
  http: 'rf-http',
  /** `{ outboxId }`: a reply to deliver to a channel after the request that caused it has ended. */
  deliver: 'rf-deliver',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Deliveries retry on a slower curve than the queue default (1 s doubling): 15 s, 30 s, 1 min, 2 min…
 * so that a WeChat or callback outage of a few minutes is ridden out. The worker's own attempt count
 * (5) decides when a delivery is dead; the extra retries cover attempts that found it busy.
 */
const SEND_OPTIONS: Partial<
  Record<QueueName, { retryLimit: number; retryDelay: number; retryBackoff: boolean }>
> = {
  [QUEUES.deliver]: { retryLimit: 10, retryDelay: 15, retryBackoff: true },
};

export interface EnqueueOptions {
  /** Enqueue inside this open transaction: the job exists exactly when the transaction commits. */
  tx: RawQueryable;
  queue: QueueName;
  data: Record<string, unknown>;
  startAfter?: Date;
  /** Deterministic job id: enqueueing the same id twice keeps one job. */
  id?: string;
}

export interface JobQueue {
  boss: PgBoss;
  enqueue(options: EnqueueOptions): Promise<void>;
  stop(): Promise<void>;
}

/**
 * pg-boss 10 on the same database as everything else: its own small pool on a server, or the embedded
 * PGlite connection through an `executeSql` adapter. Jobs are enqueued through the caller's transaction
 * (pg-boss's `db` option), so a job exists if and only if the state change that scheduled it committed.
 */
export async function startJobQueue(handle: DbHandle): Promise<JobQueue> {
  const common = { schema: 'pgboss', schedule: false, supervise: true, migrate: true } as const;
  const boss =
    handle.kind === 'postgres' && handle.url
      ? new PgBoss({ ...common, connectionString: handle.url, max: 4, application_name: 'replyflow-jobs' })
      : new PgBoss({ ...common, db: { executeSql: (text, values) => handle.raw.executeSql(text, values) } });
  boss.on('error', (error) => console.error('[jobs]', error));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    if (!(await boss.getQueue(name)))
      await boss.createQueue(name, { name, retryLimit: 5, retryBackoff: true });
  }
  return {
    boss,
    enqueue: async ({ tx, queue, data, startAfter, id }) => {
      await boss.send(queue, data, {
        ...SEND_OPTIONS[queue],
        db: { executeSql: (text, values) => tx.executeSql(text, values) as Promise<{ rows: unknown[] }> },
        ...(startAfter ? { startAfter } : {}),
        ...(id ? { id } : {}),
      });
    },
    stop: () => boss.stop({ graceful: true, timeout: 5000, wait: true }),
  };
}
