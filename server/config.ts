import path from 'node:path';
import { z } from 'zod';

/** Where the project lives (migrations, Next app); set by bin/replyflow.mjs, else the working folder. */
export function projectRoot(): string {
  return process.env.REPLYFLOW_ROOT ?? process.cwd();
}

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  REPLYFLOW_DATA_DIR: z.string().trim().min(1).optional(),
  REPLYFLOW_SECRET_KEY: z.string().trim().min(1).optional(),
  REPLYFLOW_PUBLIC_URL: z.url().optional(),
  REPLYFLOW_AUTH_RATE_LIMIT: z.enum(['on', 'off']).default('on'),
  REPLYFLOW_TRUST_PROXY: z.enum(['on', 'off']).default('off'),
  REPLYFLOW_DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(12),
  REPLYFLOW_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  REPLYFLOW_WECHAT_API_BASES: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((u) => u.trim().replace(/\/+$/, ''))
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'a comma-separated list of http(s) URLs' })))
    .optional(),
});

export interface AppConfig {
  /** PostgreSQL server URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  /** Folder for the embedded database and the generated secret key. */
  dataDir: string;
  /** Base64 of 32 bytes; when absent a key is generated once and kept in `dataDir/secret.key`. */
  secretKey: string | undefined;
  /** Public base URL of the UI (auth cookies and origin checks); inferred from the port when absent. */
  publicUrl: string | undefined;
  authRateLimit: boolean;
  /** Cap for request bodies on the lean runtime path. */
  maxBodyBytes: number;
  /** Connections to a PostgreSQL server per process (the runtime's concurrency). */
  dbPoolSize: number;
  /** Behind one reverse proxy: the client address is the last `X-Forwarded-For` entry. */
  trustProxy: boolean;
  /**
   * WeChat API bases channels may use besides WeChat's own hosts (a relay with a fixed egress IP);
   * an administrator's choice, so workspace owners cannot point the server at internal addresses.
   */
  wechatApiBases: string[];
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; a bad value fails start-up with the variable's name. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(projectRoot(), e.REPLYFLOW_DATA_DIR ?? '.data'),
    secretKey: e.REPLYFLOW_SECRET_KEY,
    publicUrl: e.REPLYFLOW_PUBLIC_URL,
    authRateLimit: e.REPLYFLOW_AUTH_RATE_LIMIT === 'on',
    maxBodyBytes: e.REPLYFLOW_MAX_BODY_BYTES,
    dbPoolSize: e.REPLYFLOW_DB_POOL_SIZE,
    trustProxy: e.REPLYFLOW_TRUST_PROXY === 'on',
    wechatApiBases: e.REPLYFLOW_WECHAT_API_BASES ?? [],
  };
}
