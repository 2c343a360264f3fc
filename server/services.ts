import { loadConfig, type AppConfig } from './config';
import { createAuth, type Auth } from './auth/auth';
import { openDatabase, type Db, type DbHandle, type DbKind } from './db/client';
import { migrateDatabase } from './db/migrate';
import { loadMasterKey } from './security/master-key';
import { SecretBox } from './security/secret-box';
import { startJobQueue, type JobQueue } from './runtime/jobs/job-queue';
import { Runtime, type RuntimeDeps } from './runtime/runtime';

/** Everything a request needs, created once per process (or per test). */
export interface Services {
  config: AppConfig;
  db: Db;
  dbKind: DbKind;
  dbHandle: DbHandle;
  auth: Auth;
  secrets: SecretBox;
  /** Durable queues (pg-boss) on the same database. */
  jobs: JobQueue;
  /** Executes published flows for every channel. Its queue workers run only where started (servers). */
  runtime: Runtime;
  close(): Promise<void>;
}

export interface CreateServicesOptions {
  config: AppConfig;
  /** Use an already open database (tests); otherwise one is opened from the config. */
  dbHandle?: DbHandle;
  migrate?: boolean;
  /** Runtime test hooks (clock, randomness, fault injection, HTTP client). */
  runtime?: Partial<Pick<RuntimeDeps, 'now' | 'random' | 'fault' | 'http' | 'wechatFetch'>>;
}

export async function createServices(options: CreateServicesOptions): Promise<Services> {
  const { config } = options;
  const dbHandle =
    options.dbHandle ??
    (await openDatabase(
      config.databaseUrl
        ? { kind: 'postgres', url: config.databaseUrl, max: config.dbPoolSize }
        : { kind: 'pglite', dataDir: `${config.dataDir}/pglite` },
    ));
  if (options.migrate ?? true) await migrateDatabase(dbHandle);
  const { key } = await loadMasterKey({ secretKey: config.secretKey, dataDir: config.dataDir });
  const secrets = new SecretBox([key]);
  const auth = createAuth({
    db: dbHandle.db,
    secret: secrets.deriveSecret('auth-cookie'),
    baseURL: config.publicUrl ?? 'http://localhost:3000',
    rateLimit: config.authRateLimit,
  });
  const jobs = await startJobQueue(dbHandle);
  const runtime = new Runtime({
    db: dbHandle.db,
    raw: dbHandle.raw,
    secrets,
    jobs,
    wechatApiBases: config.wechatApiBases,
    ...options.runtime,
  });
  return {
    config,
    db: dbHandle.db,
    dbKind: dbHandle.kind,
    dbHandle,
    auth,
    secrets,
    jobs,
    runtime,
    close: async () => {
      await runtime.stopWorkers();
      await jobs.stop();
      await dbHandle.close();
    },
  };
}

// The process-wide instance lives on globalThis: `next dev` re-evaluates modules, and the Next bundle
// and the custom server load separate copies of this file, yet both must share one database handle
// (an embedded PGlite folder can be opened only once per process).
const GLOBAL_KEY = Symbol.for('replyflow.services');
type GlobalWithServices = typeof globalThis & { [GLOBAL_KEY]?: Promise<Services> };

export function getServices(): Promise<Services> {
  const g = globalThis as GlobalWithServices;
  g[GLOBAL_KEY] ??= createServices({ config: loadConfig() });
  return g[GLOBAL_KEY];
}

export function setServices(services: Services): void {
  (globalThis as GlobalWithServices)[GLOBAL_KEY] = Promise.resolve(services);
}
