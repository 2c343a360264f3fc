import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Sql, TransactionSql } from 'postgres';

/** Values a hot-path statement binds: JSON goes in as text and is cast in SQL (`$1::text::jsonb`). */
export type SqlValue = string | number | boolean | null | readonly string[];

/** One connection's view: the whole transaction, or a single autocommit statement. */
export interface RawQueryable {
  /** Runs one parameterised statement (prepared and cached per connection) and returns its rows. */
  query<Row = Record<string, unknown>>(text: string, values?: readonly SqlValue[]): Promise<Row[]>;
  /** pg-boss's adapter shape, bound to this connection (jobs enqueued inside a transaction commit with it). */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** Inside a transaction: pipelining where the driver can (postgres.js), plain sequence otherwise. */
export interface RawTransaction extends RawQueryable {
  /** Runs statements in order, sent together (one network round trip on a server). */
  queryMany<Rows extends unknown[][] = Record<string, unknown>[][]>(
    statements: readonly (readonly [text: string, values: readonly SqlValue[]])[],
  ): Promise<Rows>;
  /**
   * Runs the transaction's last statement and commits with it in the same round trip. Nothing may
   * follow; if the statement fails, the commit rolls back and its error is thrown.
   */
  queryAndCommit<Row = Record<string, unknown>>(text: string, values?: readonly SqlValue[]): Promise<Row[]>;
  /** queryMany, then commit, all in one round trip (nothing may follow). */
  queryManyAndCommit<Rows extends unknown[][] = Record<string, unknown>[][]>(
    statements: readonly (readonly [text: string, values: readonly SqlValue[]])[],
  ): Promise<Rows>;
}

/**
 * Raw SQL over the same database as drizzle, for the per-message hot path: a handful of hand-written,
 * prepared statements instead of query building per message (see docs/ARCHITECTURE.md, "Runtime").
 * Row shapes differ between drivers for timestamps and int8, so hot-path statements select epoch
 * milliseconds as float8 and ids as text.
 */
export interface RawSql extends RawQueryable {
  /**
   * The embedded database (PGlite): one process owns it, and a transaction holds all of it until it
   * ends, so nothing slow (a network call) may run inside one. A server is shared by processes.
   */
  readonly embedded: boolean;
  transaction<T>(fn: (tx: RawTransaction) => Promise<T>): Promise<T>;
}

// postgres.js refuses `undefined` (pg-boss passes it for unset options), and drizzle makes its json
// serializer transparent, so objects bound by pg-boss (job data) are sent as JSON text.
const defined = (values: readonly unknown[] | undefined) =>
  (values ?? []).map((v) => {
    if (v === undefined) return null;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date))
      return JSON.stringify(v);
    return v;
  });

function postgresQueryable(sql: Sql | TransactionSql): RawQueryable {
  return {
    query: async <Row>(text: string, values?: readonly SqlValue[]) =>
      (await sql.unsafe(text, defined(values) as never[], { prepare: true })) as unknown as Row[],
    executeSql: async (text, values) => {
      // pg-boss sends multi-statement scripts without parameters (migrations): simple protocol.
      if (!values || values.length === 0) {
        const result = await sql.unsafe(text).simple();
        const last = Array.isArray(result) && Array.isArray(result.at(-1)) ? result.at(-1) : result;
        return { rows: Array.from(last as unknown as unknown[]) };
      }
      return { rows: Array.from(await sql.unsafe(text, defined(values) as never[], { prepare: true })) };
    },
  };
}

const errorCode = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** The server ended the session (terminated backend, shutdown) or the network dropped it. */
function connectionLost(error: unknown): boolean {
  const code = errorCode(error);
  return code.startsWith('CONNECTION_') || code.startsWith('08') || code.startsWith('57P');
}

/**
 * A transaction on a reserved connection with explicit BEGIN/COMMIT, so that BEGIN travels with the
 * first statements and COMMIT with the last: a typical turn costs two round trips instead of five.
 */
export function postgresRawSql(sql: Sql): RawSql {
  return {
    ...postgresQueryable(sql),
    embedded: false,
    transaction: async <T>(fn: (tx: RawTransaction) => Promise<T>) => {
      const conn = await sql.reserve();
      let finished = false;
      let lost = false;
      let lastError: unknown = null;
      const run = (text: string, values?: readonly unknown[]) =>
        conn.unsafe(text, defined(values) as never[], { prepare: true }).execute();
      const begin = conn.unsafe('begin').execute();
      begin.catch(() => {});
      const tx: RawTransaction = {
        ...postgresQueryable(conn),
        queryMany: async <Rows extends unknown[][]>(
          statements: readonly (readonly [string, readonly SqlValue[]])[],
        ) => (await Promise.all(statements.map(([text, values]) => run(text, values)))) as unknown as Rows,
        queryAndCommit: async <Row>(text: string, values?: readonly SqlValue[]) =>
          (await tx.queryManyAndCommit<[Row[]]>([[text, values ?? []]]))[0],
        queryManyAndCommit: async <Rows extends unknown[][]>(
          statements: readonly (readonly [string, readonly SqlValue[]])[],
        ) => {
          finished = true;
          const results = statements.map(([text, values]) => run(text, values));
          const commit = conn.unsafe('commit').execute();
          commit.catch(() => {});
          results.forEach((r) => r.catch(() => {}));
          const rows = await Promise.all(results);
          await commit;
          return rows as unknown as Rows;
        },
      };
      try {
        const value = await fn(tx);
        await begin;
        if (!finished) await conn.unsafe('commit');
        return value;
      } catch (error) {
        // On a broken connection the server has already rolled back; writing to it would fail
        // inside postgres.js (and never settle), so only a live connection gets a ROLLBACK.
        lost = connectionLost(error);
        lastError = error;
        if (!finished && !lost) await conn.unsafe('rollback').catch(() => {});
        throw error;
      } finally {
        // postgres.js 3.4.9 poisons its pool when a reserved connection is released after its
        // socket closed (porsager/postgres#1199); such a connection is already back in the pool's
        // closed queue, to be reopened on demand, so it is not released.
        if (!(lost && errorCode(lastError).startsWith('CONNECTION_'))) conn.release();
      }
    },
  };
}

function pgliteQueryable(db: PGlite | Transaction): RawQueryable {
  return {
    query: async <Row>(text: string, values?: readonly SqlValue[]) =>
      (await db.query<Row>(text, defined(values))).rows,
    executeSql: async (text, values) => {
      if (!values || values.length === 0) {
        const results = await db.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return { rows: (await db.query(text, defined(values))).rows };
    },
  };
}

export function pgliteRawSql(db: PGlite): RawSql {
  return {
    ...pgliteQueryable(db),
    embedded: true,
    transaction: <T>(fn: (tx: RawTransaction) => Promise<T>) =>
      db.transaction((inner) => {
        const base = pgliteQueryable(inner);
        return fn({
          ...base,
          queryMany: async <Rows extends unknown[][]>(
            statements: readonly (readonly [string, readonly SqlValue[]])[],
          ) => {
            const results: unknown[][] = [];
            for (const [text, values] of statements) results.push(await base.query(text, values));
            return results as Rows;
          },
          // The embedded database commits when `fn` returns; there is no round trip to save.
          queryAndCommit: (text, values) => base.query(text, values),
          queryManyAndCommit: async <Rows extends unknown[][]>(
            statements: readonly (readonly [string, readonly SqlValue[]])[],
          ) => {
            const results: unknown[][] = [];
            for (const [text, values] of statements) results.push(await base.query(text, values));
            return results as Rows;
          },
        });
      }),
  };
}
