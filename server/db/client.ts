import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { pgliteRawSql, postgresRawSql, type RawSql } from './raw-sql';
import * as schema from './schema';

export type Schema = typeof schema;
/** One typed handle for both drivers: application code never knows which one it runs on. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction of `Db` (what `db.transaction` hands its callback). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbKind = 'postgres' | 'pglite';

export interface DbHandle {
  db: Db;
  kind: DbKind;
  /** Hand-written prepared statements over the same connection(s), for the runtime's hot path. */
  raw: RawSql;
  /** Server URL (postgres only): pg-boss opens its own small pool with it. */
  url?: string;
  /** Opens a separate single-connection handle to the same database (postgres only; for locks). */
  openSingle?: () => Promise<DbHandle>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type OpenDatabaseOptions =
  | { kind: 'postgres'; url: string; max?: number }
  /** `dataDir` is a folder, or `memory://` for a throwaway in-memory database. */
  | { kind: 'pglite'; dataDir: string };

/** postgres.js ignores libpq's `?host=/socket/dir`: turn it into its `path` option. */
export function postgresOptions(url: string): { url: string; path?: string } {
  const parsed = new URL(url);
  const host = parsed.searchParams.get('host');
  if (!host || !host.startsWith('/')) return { url };
  parsed.searchParams.delete('host');
  const port = parsed.port || '5432';
  return { url: parsed.toString(), path: path.join(host, `.s.PGSQL.${port}`) };
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DbHandle> {
  if (options.kind === 'postgres') {
    const { url, path: socketPath } = postgresOptions(options.url);
    const client = postgres(url, {
      max: options.max ?? 10,
      onnotice: () => {},
      connection: { plan_cache_mode: 'force_generic_plan' },
      ...(socketPath ? { path: socketPath } : {}),
    });
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      raw: postgresRawSql(client),
      url: options.url,
      openSingle: () => openDatabase({ kind: 'postgres', url: options.url, max: 1 }),
      ping: async () => {
        await client`select 1`;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (options.dataDir !== 'memory://') await mkdir(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    raw: pgliteRawSql(client),
    ping: async () => {
      if (client.closed) throw new Error('database is closed');
      await db.execute(sql`select 1`);
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}
