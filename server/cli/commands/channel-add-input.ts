import { newEncodingAesKey } from '@/core/channels/new-encoding-aes-key';
import {
  WECHAT_MODES,
  wechatMpSetupSchema,
  wecomSetupSchema,
  type WeChatMode,
} from '@/core/channels/wechat-setup-schema';
import { nameSchema } from '../../api/routers/workspace';
import type { RuntimeChannelType } from '../../channels/create-channel';
import { webhookCallbackUrlSchema } from '../../channels/webhook/webhook-contract';
import { wechatChannelRecord, type WeChatChannelRecord } from '../../channels/wechat/wechat-channel-record';
import type { ChannelAddProblem } from './channel-add-problem';
import { newWeChatToken } from './new-wechat-token';
import { wechatSetupProblems } from './wechat-setup-problems';

/** The options of `replyflow channel add` as commander hands them over (all strings, unchecked). */
export interface ChannelAddFlags {
  workspace: string;
  account: string;
  type: string;
  name: string;
  callbackUrl?: string;
  appId?: string;
  appSecret?: string;
  corpId?: string;
  agentId?: string;
  secret?: string;
  token?: string;
  aesKey?: string;
  mode?: string;
  apiBase?: string;
  publicUrl?: string;
  json?: boolean;
}

/** What to create, checked: the secrets are final (generated ones included) and shown once. */
export interface ChannelAddInput {
  workspace: string;
  account: string;
  type: RuntimeChannelType;
  name: string;
  config: Record<string, unknown>;
  wechat?: WeChatChannelRecord;
  /** The values to paste into the WeChat backend (WeChat / WeCom channels only). */
  paste?: { token: string; encodingAesKey?: string; mode?: WeChatMode };
  /** Origin of the printed callback URL, without a trailing slash. */
  publicUrl: string;
}

const TYPE_ALIASES: Record<string, RuntimeChannelType> = {
  webchat: 'webchat',
  webhook: 'webhook',
  wechat_mp: 'wechat_mp',
  mp: 'wechat_mp',
  wechat: 'wechat_mp',
  wecom: 'wecom',
};

/** Options that belong to one channel type only. */
const TYPE_OPTIONS: { flag: keyof ChannelAddFlags; option: string; types: RuntimeChannelType[] }[] = [
  { flag: 'callbackUrl', option: '--callback-url', types: ['webhook'] },
  { flag: 'appId', option: '--app-id', types: ['wechat_mp'] },
  { flag: 'appSecret', option: '--app-secret', types: ['wechat_mp'] },
  { flag: 'mode', option: '--mode', types: ['wechat_mp'] },
  { flag: 'corpId', option: '--corp-id', types: ['wecom'] },
  { flag: 'agentId', option: '--agent-id', types: ['wecom'] },
  { flag: 'secret', option: '--secret', types: ['wecom'] },
  { flag: 'token', option: '--token', types: ['wechat_mp', 'wecom'] },
  { flag: 'aesKey', option: '--aes-key', types: ['wechat_mp', 'wecom'] },
  { flag: 'apiBase', option: '--api-base', types: ['wechat_mp', 'wecom'] },
];

/** `--aes-key`: absent or `generate` draws a new key (unless plain mode leaves it out). */
function aesKeyOf(value: string | undefined, needed: boolean): string | undefined {
  if (value === 'generate' || (value === undefined && needed)) return newEncodingAesKey();
  return value;
}

type Parsed = { ok: true; input: ChannelAddInput } | { ok: false; problems: ChannelAddProblem[] };

/**
 * Checks the options of `replyflow channel add` with the same schemas as the API, without touching
 * the database, and generates the Token and EncodingAESKey that were not given.
 */
export function parseChannelAddInput(flags: ChannelAddFlags, defaultPublicUrl: string): Parsed {
  const problems: ChannelAddProblem[] = [];
  const type = TYPE_ALIASES[flags.type.trim().toLowerCase()];
  if (!type) {
    return {
      ok: false,
      problems: [{ option: '--type', message: 'Use webchat, webhook, wechat_mp (or mp, wechat) or wecom.' }],
    };
  }
  for (const { flag, option, types } of TYPE_OPTIONS)
    if (flags[flag] !== undefined && !types.includes(type))
      problems.push({ option, message: `Not used by --type ${type}.` });
  const name = nameSchema.safeParse(flags.name);
  if (!name.success) problems.push({ option: '--name', message: `${name.error.issues[0]!.message}.` });
  const publicUrl = webhookCallbackUrlSchema.safeParse(flags.publicUrl ?? defaultPublicUrl);
  if (!publicUrl.success)
    problems.push({ option: '--public-url', message: 'Enter an http:// or https:// URL.' });
  const callbackUrl =
    flags.callbackUrl === undefined ? undefined : webhookCallbackUrlSchema.safeParse(flags.callbackUrl);
  if (callbackUrl && !callbackUrl.success)
    problems.push({
      option: '--callback-url',
      message: 'Enter an http:// or https:// URL of at most 2000 characters.',
    });

  let wechat: WeChatChannelRecord | undefined;
  let paste: ChannelAddInput['paste'];
  const token = flags.token ?? newWeChatToken();
  if (type === 'wechat_mp') {
    const mode = flags.mode ?? 'safe';
    if (!(WECHAT_MODES as readonly string[]).includes(mode))
      problems.push({ option: '--mode', message: 'Use plain, compat or safe.' });
    const given = {
      appId: flags.appId,
      appSecret: flags.appSecret,
      token,
      encodingAesKey: aesKeyOf(flags.aesKey, mode !== 'plain'),
      mode: (WECHAT_MODES as readonly string[]).includes(mode) ? mode : 'safe',
      apiBase: flags.apiBase,
    };
    const setup = wechatMpSetupSchema.safeParse(given);
    if (setup.success) {
      wechat = wechatChannelRecord({ type: 'wechat_mp', value: setup.data });
      paste = { token: setup.data.token, encodingAesKey: setup.data.encodingAesKey, mode: setup.data.mode };
    } else
      problems.push(
        ...wechatSetupProblems({ issues: setup.error.issues, given, typeLabel: '--type wechat_mp' }),
      );
  } else if (type === 'wecom') {
    const given = {
      corpId: flags.corpId,
      agentId: flags.agentId,
      secret: flags.secret,
      token,
      encodingAesKey: aesKeyOf(flags.aesKey, true),
      apiBase: flags.apiBase,
    };
    const setup = wecomSetupSchema.safeParse(given);
    if (setup.success) {
      wechat = wechatChannelRecord({ type: 'wecom', value: setup.data });
      paste = { token: setup.data.token, encodingAesKey: setup.data.encodingAesKey };
    } else
      problems.push(...wechatSetupProblems({ issues: setup.error.issues, given, typeLabel: '--type wecom' }));
  }

  if (problems.length > 0 || !name.success || !publicUrl.success) return { ok: false, problems };
  return {
    ok: true,
    input: {
      workspace: flags.workspace.trim(),
      account: flags.account.trim(),
      type,
      name: name.data,
      config: callbackUrl?.success ? { callbackUrl: callbackUrl.data } : {},
      ...(wechat ? { wechat } : {}),
      ...(paste ? { paste } : {}),
      publicUrl: publicUrl.data.replace(/\/+$/, ''),
    },
  };
}
