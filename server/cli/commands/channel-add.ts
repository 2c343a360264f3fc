import { channelUrls } from '@/components/channels/channel-urls';
import { createChannel } from '../../channels/create-channel';
import { apiBaseAllowed } from '../../channels/wechat/delivery/sender-of';
import { auditLog } from '../../db/schema';
import type { Services } from '../../services';
import type { ChannelAdded } from './channel-added';
import { parseChannelAddInput, type ChannelAddFlags, type ChannelAddInput } from './channel-add-input';
import type { ChannelAddProblem } from './channel-add-problem';
import { formatChannelAdded } from './format-channel-added';
import { resolveChannelTarget } from './resolve-channel-target';

export interface ChannelAddOptions {
  flags: ChannelAddFlags;
  /** Origin for the printed URLs when `--public-url` is absent (the configured public URL). */
  defaultPublicUrl: string;
  /** Runs `fn` with open services (and closes them); only called once the options are valid. */
  withServices: <T>(fn: (services: Services) => Promise<T>) => Promise<T>;
  /** Writes one line of standard output. */
  out: (s: string) => void;
  /** Writes one line of standard error. */
  err: (s: string) => void;
  /** Reads all of standard input (for `--app-secret -` / `--secret -`). */
  readStdin: () => Promise<string>;
}

/** The options whose value `-` means "read it from standard input", so it never shows in `ps`. */
const STDIN_OPTIONS = [
  { flag: 'appSecret', option: '--app-secret' },
  { flag: 'secret', option: '--secret' },
] as const;

/**
 * Replaces a `-` secret by the first line of standard input. Returns the flags to parse, or the
 * problem (standard input empty, or asked for by two options).
 */
async function withStdinSecret(
  flags: ChannelAddFlags,
  readStdin: () => Promise<string>,
): Promise<{ ok: true; flags: ChannelAddFlags } | { ok: false; problem: ChannelAddProblem }> {
  const wanted = STDIN_OPTIONS.filter(({ flag }) => flags[flag] === '-');
  if (wanted.length === 0) return { ok: true, flags };
  if (wanted.length > 1)
    return {
      ok: false,
      problem: { option: wanted[1]!.option, message: 'Only one option can read standard input.' },
    };
  const { flag, option } = wanted[0]!;
  const line = (await readStdin()).split(/\r?\n/)[0]!.trim();
  if (!line)
    return { ok: false, problem: { option, message: 'Standard input was empty: pipe the secret in.' } };
  return { ok: true, flags: { ...flags, [flag]: line } };
}

/** Whether a WeChat channel's record holds its app secret, with the hint its config keeps. */
function appSecretOf(config: Record<string, unknown>): NonNullable<ChannelAdded['appSecret']> {
  const hint = config.appSecretHint;
  return { stored: config.hasAppSecret === true, ...(typeof hint === 'string' ? { hint } : {}) };
}

/** The address to paste or share for a channel of this type. */
function channelUrl(input: ChannelAddInput, publicKey: string): string {
  const urls = channelUrls(input.publicUrl, publicKey);
  switch (input.type) {
    case 'wechat_mp':
      return urls.wechatCallback;
    case 'wecom':
      return urls.wecomCallback;
    case 'webhook':
      return urls.endpoint;
    case 'webchat':
      return urls.chatPage;
  }
}

/**
 * `replyflow channel add`: adds a channel like the Channels screen does (same checks, same audit
 * entry, with no acting user) and prints what to paste into the WeChat backend. Exit code 0 when
 * added, 2 when an option is wrong or the workspace / account cannot take it: then nothing is written.
 */
export async function runChannelAdd(options: ChannelAddOptions): Promise<number> {
  const { flags, out, err } = options;
  const fail = (problems: ChannelAddProblem[]): number => {
    if (flags.json) out(JSON.stringify({ ok: false, errors: problems }, null, 2));
    for (const p of problems) err(`${p.option}: ${p.message}`);
    err('No channel was added.');
    return 2;
  };
  const read = await withStdinSecret(flags, options.readStdin);
  if (!read.ok) return fail([read.problem]);
  const parsed = parseChannelAddInput(read.flags, options.defaultPublicUrl);
  if (!parsed.ok) return fail(parsed.problems);
  const { input } = parsed;

  return options.withServices(async (services) => {
    const resolved = await resolveChannelTarget({
      services,
      workspace: input.workspace,
      account: input.account,
    });
    if (!resolved.ok) return fail([resolved.problem]);
    const apiBase = input.wechat?.config.apiBase;
    if (typeof apiBase === 'string' && !apiBaseAllowed(apiBase, services.config.wechatApiBases))
      return fail([
        {
          option: '--api-base',
          message: `${apiBase} is not allowed on this server: add it to REPLYFLOW_WECHAT_API_BASES first.`,
        },
      ]);
    const { workspace, account } = resolved.target;
    const created = await createChannel({
      services,
      workspaceId: workspace.id,
      accountId: account.id,
      type: input.type,
      name: input.name,
      config: input.config,
      ...(input.wechat ? { wechat: input.wechat } : {}),
    });
    await services.db.insert(auditLog).values({
      workspaceId: workspace.id,
      actorUserId: null,
      action: 'channel.create',
      targetType: 'channel',
      targetId: created.channelId,
      details: {
        accountId: account.id,
        accountName: account.name,
        type: input.type,
        name: input.name,
        via: 'cli',
      },
    });
    const added: ChannelAdded = {
      ok: true,
      channelId: created.channelId,
      publicKey: created.publicKey,
      type: input.type,
      name: input.name,
      workspace,
      account,
      url: channelUrl(input, created.publicKey),
      ...(input.paste ?? {}),
      ...(input.wechat ? { appSecret: appSecretOf(input.wechat.config) } : {}),
      ...(created.secret ? { signingSecret: created.secret } : {}),
      ...(typeof input.config.callbackUrl === 'string' ? { callbackUrl: input.config.callbackUrl } : {}),
    };
    if (flags.json) out(JSON.stringify(added, null, 2));
    else for (const line of formatChannelAdded(added)) out(line);
    return 0;
  });
}
