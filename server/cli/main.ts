import { text } from 'node:stream/consumers';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type AppConfig } from '../config';
import { roleEnum, type Role } from '../db/schema';
import { startServer } from '../http/start-server';
import { seedDemo } from '../seed/seed-demo';
import { createServices, setServices, type Services } from '../services';
import { createUser, UserInputError } from '../users/create-user';
import { productVersion } from '../version';
import { runChannelAdd } from './commands/channel-add';
import type { ChannelAddFlags } from './commands/channel-add-input';
import { runSimulate } from './commands/simulate';
import { runTest } from './commands/test';
import { runValidate } from './commands/validate';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('must be a whole number from 0 to 65535.');
  }
  return port;
}

function parseRole(value: string): Role {
  if (!(roleEnum.enumValues as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`must be one of ${roleEnum.enumValues.join(', ')}.`);
  }
  return value as Role;
}

async function withServices<T>(config: AppConfig, fn: (services: Services) => Promise<T>): Promise<T> {
  const services = await createServices({ config });
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}

function printDemoCredentials(result: { created: boolean; email: string; password: string }): void {
  console.log(
    `${result.created ? 'Seeded the demo workspace.' : 'Demo workspace already present.'} Sign in as ${result.email} / ${result.password}`,
  );
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('replyflow')
    .description('ReplyFlow: visual auto-reply flows for WeChat, WeCom and web chat.')
    .version(productVersion())
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });

  program
    .command('migrate')
    .description('apply database migrations (also done automatically at start)')
    .action(async () => {
      const config = loadConfig();
      await withServices(config, async (s) => console.log(`Database is up to date (${s.dbKind}).`));
    });

  program
    .command('seed-demo')
    .description('create the demo workspace and its owner (idempotent)')
    .action(async () => {
      await withServices(loadConfig(), async (s) => printDemoCredentials(await seedDemo(s)));
    });

  const user = program.command('user').description('manage users');
  user
    .command('create')
    .description('create a user, optionally with a new workspace they own')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--password <password>', 'at least 8 characters')
    .option('--name <name>', 'display name')
    .option('--workspace <name>', 'also create a workspace with this name')
    .option('--role <role>', 'role in that workspace (owner, editor, viewer)', parseRole, 'owner')
    .action(
      async (opts: { email: string; password: string; name?: string; workspace?: string; role: Role }) => {
        await withServices(loadConfig(), async (services) => {
          const result = await createUser({
            services,
            email: opts.email,
            password: opts.password,
            name: opts.name ?? opts.email.split('@')[0]!,
            workspaceName: opts.workspace,
            role: opts.role,
          });
          console.log(
            `Created user ${opts.email} (${result.userId})${result.workspaceId ? ` with workspace ${result.workspaceId}` : ''}.`,
          );
        });
      },
    );

  program
    .command('channel')
    .description('manage channels')
    .command('add')
    .description('add a channel to an account and print what to paste into the WeChat backend')
    .requiredOption('--workspace <id|name>', 'workspace id or exact name')
    .requiredOption('--account <id|name>', 'account id or exact name (not archived)')
    .requiredOption('--type <type>', 'webchat, webhook, wechat_mp (or mp, wechat) or wecom')
    .requiredOption('--name <name>', 'channel name')
    .option('--callback-url <url>', 'webhook: where replies after the HTTP response are POSTed')
    .option('--app-id <appid>', 'wechat_mp: AppID')
    .option(
      '--app-secret <secret>',
      'wechat_mp: AppSecret (to send beyond the passive reply); - reads it from standard input',
    )
    .option('--mode <mode>', 'wechat_mp: plain, compat or safe (default safe)')
    .option('--corp-id <corpid>', 'wecom: CorpID')
    .option('--agent-id <agentid>', 'wecom: AgentID')
    .option(
      '--secret <secret>',
      "wecom: the app's Secret (to send beyond the passive reply); - reads it from standard input",
    )
    .option('--token <token>', 'wechat_mp, wecom: Token, 3-32 letters or digits (default: generated)')
    .option(
      '--aes-key <key>',
      'wechat_mp, wecom: EncodingAESKey, 43 letters or digits, or "generate" (default)',
    )
    .option('--api-base <url>', 'wechat_mp, wecom: API base URL (a relay)')
    .option('--public-url <url>', 'origin of the printed URLs (default REPLYFLOW_PUBLIC_URL)')
    .option('--json', 'print the result as one JSON object')
    .action(async (flags: ChannelAddFlags) => {
      const config = loadConfig();
      process.exitCode = await runChannelAdd({
        flags,
        defaultPublicUrl: config.publicUrl ?? 'http://localhost:3000',
        withServices: (fn) => withServices(config, fn),
        out: (line) => console.log(line),
        err: (line) => console.error(line),
        readStdin: () => text(process.stdin),
      });
    });

  program
    .command('serve')
    .description('start the server (UI, management API and runtime)')
    .option('-p, --port <port>', 'port to listen on', parsePort, Number(process.env.PORT ?? 3000))
    .option('--host <host>', 'address to bind', process.env.HOST ?? '127.0.0.1')
    .option('--runtime-only', 'serve only the runtime paths (no UI), to scale out runtime processes')
    .option('--dev', 'run the UI in development mode (hot reload)')
    .option('--seed-demo', 'seed the demo workspace before starting (idempotent)')
    .action(
      async (opts: {
        port: number;
        host: string;
        runtimeOnly?: boolean;
        dev?: boolean;
        seedDemo?: boolean;
      }) => {
        const base = loadConfig();
        const config: AppConfig = { ...base, publicUrl: base.publicUrl ?? `http://localhost:${opts.port}` };
        const services = await createServices({ config });
        setServices(services);
        if (opts.seedDemo) printDemoCredentials(await seedDemo(services));
        await services.runtime.startWorkers();
        const running = await startServer({
          services,
          port: opts.port,
          host: opts.host,
          runtimeOnly: Boolean(opts.runtimeOnly),
          dev: Boolean(opts.dev),
        });
        const where = services.dbKind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
        console.log(
          `ReplyFlow ${productVersion()} ${opts.runtimeOnly ? '(runtime only) ' : ''}on ${running.url} (${where})`,
        );
        const shutdown = async () => {
          await running.close();
          await services.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void shutdown());
        process.once('SIGTERM', () => void shutdown());
      },
    );

  program
    .command('validate')
    .description('check a flow document file and print its diagnostics (exit 1 on errors)')
    .argument('<flow.json>', 'flow document file')
    .option('--json', 'print diagnostics as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      process.exitCode = await runValidate({
        file,
        json: Boolean(opts.json),
        out: (line) => console.log(line),
        err: (line) => console.error(line),
      });
    });

  program
    .command('simulate')
    .description('run a conversation with a flow file, no database: one JSON event per line on stdin')
    .argument('<flow.json>', 'flow document file')
    .option('--json', 'print replies as JSON Lines')
    .option('--at <time>', 'simulated start time (ISO 8601)')
    .option('--contact <json>', 'contact profile as JSON, e.g. {"name":"Li","tags":["vip"]}')
    .action(async (file: string, opts: { json?: boolean; at?: string; contact?: string }) => {
      process.exitCode = await runSimulate({
        file,
        json: Boolean(opts.json),
        at: opts.at,
        contact: opts.contact,
        input: process.stdin,
        interactive: Boolean(process.stdin.isTTY),
        out: (line) => console.log(line),
        err: (line) => console.error(line),
      });
    });

  program
    .command('test')
    .description("run a flow file's test cases offline (exit 1 when any fails, 2 when none can run)")
    .argument('<flow.json>', 'flow file exported from the editor with its test cases')
    .option('--json', 'print the results as one JSON object')
    .option('--filter <text>', 'run only the test cases whose name contains this text')
    .action(async (file: string, opts: { json?: boolean; filter?: string }) => {
      process.exitCode = await runTest({
        file,
        json: Boolean(opts.json),
        filter: opts.filter,
        out: (line) => console.log(line),
        err: (line) => console.error(line),
      });
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    process.exitCode = 1;
    return;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UserInputError) {
      console.error(`Error: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}
