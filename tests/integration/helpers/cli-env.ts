import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, testDbKind, type TestDatabase } from './test-services';

const run = promisify(execFile);
const bin = path.resolve('bin/replyflow.mjs');

export interface CliResult {
  /** The exit code (0 on success). */
  code: number;
  stdout: string;
  stderr: string;
}

type Cli = (...args: string[]) => Promise<CliResult>;
type CliWithStdin = (stdin: string, ...args: string[]) => Promise<CliResult>;

/**
 * Registers hooks giving the suite a fresh temp data dir and, on Postgres, a fresh empty test
 * database (on PGlite the CLI opens its own under the data dir), both removed after the suite.
 * `cli(...args)` runs `bin/replyflow.mjs` in a child process with that environment plus `env`;
 * `cliWith(overrides)` gives a runner whose environment is further overridden; `cliStdin(text, ...args)`
 * also writes `text` to the command's standard input. Runners never reject.
 */
export function setupCliEnv(options: { tempPrefix: string; env?: Record<string, string> }): {
  cli: Cli;
  cliWith: (overrides: Record<string, string>) => Cli;
  cliStdin: CliWithStdin;
} {
  let dataDir: string | undefined;
  let database: TestDatabase | undefined;
  let env: NodeJS.ProcessEnv = process.env;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), options.tempPrefix));
    if (testDbKind() === 'postgres') {
      database = await createTestDatabase();
      await database.handle.close();
    }
    env = {
      ...process.env,
      REPLYFLOW_DATA_DIR: dataDir,
      DATABASE_URL: database?.url ?? '',
      ...options.env,
    };
  });
  afterAll(async () => {
    await database?.drop().catch(() => {});
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const runWith = async (overrides: Record<string, string>, stdin: string, args: string[]) => {
    try {
      const pending = run(process.execPath, [bin, ...args], {
        env: { ...env, ...overrides },
        timeout: 60_000,
      });
      pending.child.stdin?.end(stdin);
      const { stdout, stderr } = await pending;
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as CliResult;
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  const cliWith =
    (overrides: Record<string, string>): Cli =>
    (...args) =>
      runWith(overrides, '', args);
  return { cli: cliWith({}), cliWith, cliStdin: (stdin, ...args) => runWith({}, stdin, args) };
}
