import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { postgresOptions } from '@/server/db/client';

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A postgres.js client for `url`, reaching the server the way the app does (server/db/client.ts). */
export function connectPostgres(
  url: string,
  options: { max: number; connectTimeout?: number },
): postgres.Sql {
  const { url: target, path: socketPath } = postgresOptions(url);
  return postgres(target, {
    max: options.max,
    onnotice: () => {},
    ...(options.connectTimeout ? { connect_timeout: options.connectTimeout } : {}),
    ...(socketPath ? { path: socketPath } : {}),
  });
}

export interface BenchDatabase {
  name: string;
  /** The admin URL with the fresh database as its path. */
  url: string;
  /** Drops the database, disconnecting whoever is still connected (PostgreSQL 13+). */
  drop(): Promise<void>;
}

/**
 * Creates `replyflow_bench_<random>` on the server of `adminUrl`. Throws when the server cannot be
 * reached or the role may not create databases; the caller decides to skip.
 */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `replyflow_bench_${randomBytes(6).toString('hex')}`;
  const admin = connectPostgres(adminUrl, { max: 1, connectTimeout: 5 });
  try {
    // `name` is generated above ([a-z0-9_] only), so it is safe as an identifier.
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const again = connectPostgres(adminUrl, { max: 1, connectTimeout: 5 });
      try {
        await again.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await again.end({ timeout: 5 });
      }
    },
  };
}
