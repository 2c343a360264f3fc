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

/**
 * Raw SQL over the same database as drizzle, for the per-message hot path: a handful of hand-written,
 * prepared statements instead of query building per message (see docs/ARCHITECTURE.md, "Runtime").
 * Row shapes differ between drivers for timestamps and int8, so hot-path statements select epoch
 * milliseconds as float8 and ids as text.
 */
export interface RawSql extends RawQueryable {
  transaction<T>(fn: (tx: RawQueryable) => Promise<T>): Promise<T>;
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

export function postgresRawSql(sql: Sql): RawSql {
  return {
    ...postgresQueryable(sql),
    transaction: async <T>(fn: (tx: RawQueryable) => Promise<T>) =>
      (await sql.begin((tx) => fn(postgresQueryable(tx)))) as T,
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
    transaction: <T>(fn: (tx: RawQueryable) => Promise<T>) => db.transaction((tx) => fn(pgliteQueryable(tx))),
  };
}
