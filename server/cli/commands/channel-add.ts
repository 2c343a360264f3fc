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
  const parsed = parseChannelAddInput(flags, options.defaultPublicUrl);
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
      ...(created.secret ? { signingSecret: created.secret } : {}),
      ...(typeof input.config.callbackUrl === 'string' ? { callbackUrl: input.config.callbackUrl } : {}),
    };
    if (flags.json) out(JSON.stringify(added, null, 2));
    else for (const line of formatChannelAdded(added)) out(line);
    return 0;
  });
}
