import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { AppConfig } from '@/server/config';
import { openDatabase, type DbHandle } from '@/server/db/client';
import { createServices, type CreateServicesOptions, type Services } from '@/server/services';

/** Which database the integration project runs on: set per vitest project (see vitest.config.ts). */
export function testDbKind(): 'postgres' | 'pglite' {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase {
  handle: DbHandle;
  /** Connection URL of the fresh database (postgres only). */
  url: string | undefined;
  drop(): Promise<void>;
}

/** A fresh, empty database: a new database on the real server, or an in-memory PGlite. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind() === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    return { handle, url: undefined, drop: () => handle.close() };
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DB=postgres needs DATABASE_URL');
  const name = `rf_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), max: 5 });
  return {
    handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export interface TestServices extends Services {
  cleanup(): Promise<void>;
}

/** Full services (migrated schema, auth, secret box) over a fresh test database. */
export async function createTestServices(
  overrides: Partial<AppConfig> = {},
  options: Pick<CreateServicesOptions, 'runtime'> = {},
): Promise<TestServices> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'replyflow-test-'));
  const config: AppConfig = {
    databaseUrl: database.url,
    dataDir,
    secretKey: randomBytes(32).toString('base64'),
    publicUrl: 'http://localhost:3000',
    authRateLimit: false,
    maxBodyBytes: 64 * 1024,
    dbPoolSize: 5,
    trustProxy: false,
    wechatApiBases: [],
    ...overrides,
  };
  const services = await createServices({ config, dbHandle: database.handle, ...options });
  return {
    ...services,
    cleanup: async () => {
      await services.runtime.stopWorkers();
      await services.jobs.stop();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
