import type postgres from 'postgres';
import { runClosedLoop } from './closed-loop';
import { connectPostgres } from './bench-database';

export interface FloorResult {
  transactions: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  rows: number;
  seconds: number;
  sampleErrors: string[];
  /** `show server_version` of the database measured. */
  serverVersion: string;
}

/**
 * The database floor of one message: `connections` postgres.js connections, each in a closed loop,
 * run the least a message needs (lock the conversation row, write its state and turn, insert the
 * message) over `rows` distinct conversations, `turnsPerRow` turns per conversation in a row like a
 * contact's script. Works in its own `bench_floor_*` tables, dropped afterwards.
 */
export async function runDatabaseFloor(options: {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  rows: number;
  /** The state written at each turn of a conversation (a realistic jsonb payload). */
  states: readonly postgres.JSONValue[];
}): Promise<FloorResult> {
  const sql = connectPostgres(options.url, { max: options.connections });
  const turnsPerRow = options.states.length;
  const rows = Math.max(options.rows, options.connections);
  try {
    const [version] = await sql<{ server_version: string }[]>`show server_version`;
    await sql`drop table if exists bench_floor_messages, bench_floor_conversations`;
    await sql`create table bench_floor_conversations (
      id uuid primary key default gen_random_uuid(),
      state jsonb not null default '{}',
      turn integer not null default 0,
      last_activity_at timestamptz not null default now())`;
    await sql`create table bench_floor_messages (
      id bigserial primary key,
      conversation_id uuid not null references bench_floor_conversations (id) on delete cascade,
      direction text not null,
      channel_message_id text,
      payload jsonb not null,
      created_at timestamptz not null default now())`;
    await sql`create index on bench_floor_messages (conversation_id, id)`;
    const ids = (
      await sql<{ id: string }[]>`insert into bench_floor_conversations (state)
        select '{}'::jsonb from generate_series(1, ${rows}::int) returning id`
    ).map((r) => r.id);

    const sampleErrors: string[] = [];
    const createWorker = (worker: number) => {
      let index = worker;
      let turn = 0;
      return async () => {
        const id = ids[index]!;
        const state = options.states[turn]!;
        const messageId = `${id}-${turn}`;
        if (++turn === turnsPerRow) {
          turn = 0;
          // Each worker owns the rows congruent to its number: no two connections share a row.
          index += options.connections;
          if (index >= ids.length) index = worker;
        }
        try {
          await sql.begin(async (tx) => {
            await tx`select state, turn from bench_floor_conversations where id = ${id} for update`;
            await tx`update bench_floor_conversations
              set state = ${tx.json(state)}, turn = turn + 1, last_activity_at = now() where id = ${id}`;
            await tx`insert into bench_floor_messages (conversation_id, direction, channel_message_id, payload)
              values (${id}, 'in', ${messageId}, ${tx.json({ kind: 'text', text: messageId })})`;
          });
          return true;
        } catch (error) {
          if (sampleErrors.length < 5) sampleErrors.push(String(error));
          return false;
        }
      };
    };
    await runClosedLoop({ connections: options.connections, seconds: options.warmupSeconds, createWorker });
    const result = await runClosedLoop({
      connections: options.connections,
      seconds: options.seconds,
      createWorker,
    });
    return {
      transactions: result.ok,
      perSecond: result.perSecond,
      p50Ms: result.p50Ms,
      p99Ms: result.p99Ms,
      errors: result.errors,
      rows,
      seconds: result.seconds,
      sampleErrors,
      serverVersion: version?.server_version ?? 'unknown',
    };
  } finally {
    await sql`drop table if exists bench_floor_messages, bench_floor_conversations`.catch(() => {});
    await sql.end({ timeout: 5 });
  }
}
