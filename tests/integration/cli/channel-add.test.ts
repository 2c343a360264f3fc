import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runChannelAdd } from '@/server/cli/commands/channel-add';
import type { ChannelAddFlags } from '@/server/cli/commands/channel-add-input';
import { wechatSignature } from '@/server/channels/wechat/wechat-signature';
import { accounts, auditLog, channels, workspaces } from '@/server/db/schema';
import { startServer, type RunningServer } from '@/server/http/start-server';
import { createTestServices, type TestServices } from '../helpers/test-services';

let services: TestServices;
let server: RunningServer;
const ids = { workspace: '', account: '', archived: '', otherAccount: '' };

beforeAll(async () => {
  // The administrator allows one relay (REPLYFLOW_WECHAT_API_BASES).
  services = await createTestServices({ wechatApiBases: ['http://127.0.0.1:9/relay'] });
  const [ws, other] = await services.db
    .insert(workspaces)
    .values([{ name: 'Shop' }, { name: 'Other' }])
    .returning({ id: workspaces.id });
  ids.workspace = ws!.id;
  const [account, archived, foreign] = await services.db
    .insert(accounts)
    .values([
      { workspaceId: ws!.id, name: 'Shop OA', type: 'wechat_mp' },
      { workspaceId: ws!.id, name: 'Old OA', type: 'wechat_mp', archivedAt: new Date() },
      { workspaceId: other!.id, name: 'Elsewhere', type: 'web' },
    ])
    .returning({ id: accounts.id });
  ids.account = account!.id;
  ids.archived = archived!.id;
  ids.otherAccount = foreign!.id;
  server = await startServer({ services, port: 0, host: '127.0.0.1', runtimeOnly: true, dev: false });
});
afterAll(async () => {
  await server?.close();
  await services?.cleanup();
});

/** Runs the command in process against the test services; records whether the database was opened. */
async function channelAdd(flags: Partial<ChannelAddFlags>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  let opened = false;
  const code = await runChannelAdd({
    flags: { workspace: 'Shop', account: 'Shop OA', type: 'webchat', name: 'Channel', ...flags },
    defaultPublicUrl: 'https://bot.example.com/',
    withServices: (fn) => {
      opened = true;
      return fn(services);
    },
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readStdin: async () => stdin,
  });
  return { code, out: out.join('\n'), err: err.join('\n'), opened };
}

const addedSchema = z.object({
  ok: z.literal(true),
  channelId: z.uuid(),
  publicKey: z.string(),
  url: z.string(),
  token: z.string().optional(),
  encodingAesKey: z.string().optional(),
  mode: z.string().optional(),
  signingSecret: z.string().optional(),
});

async function channelRow(channelId: string) {
  const [row] = await services.db.select().from(channels).where(eq(channels.id, channelId));
  return { ...row!, secrets: services.secrets.decryptJson(row!.secretsEncrypted!) };
}

const channelCount = async () => (await services.db.select({ id: channels.id }).from(channels)).length;

describe('replyflow channel add', () => {
  it('adds a safe-mode Official Account with a generated Token and EncodingAESKey that pass the URL check', async () => {
    const result = await channelAdd({
      type: 'mp',
      name: 'Official Account',
      appId: 'wx2c2769f8efd9abc2',
      json: true,
    });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const added = addedSchema.parse(JSON.parse(result.out));
    expect(added.token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(added.encodingAesKey).toMatch(/^[A-Za-z0-9]{43}$/);
    expect(added.mode).toBe('safe');
    expect(added.url).toBe(`https://bot.example.com/wechat/${added.publicKey}`);

    const row = await channelRow(added.channelId);
    expect(row).toMatchObject({ type: 'wechat_mp', name: 'Official Account', workspaceId: ids.workspace });
    expect(row.config).toMatchObject({ appId: 'wx2c2769f8efd9abc2', mode: 'safe', hasAppSecret: false });
    expect(JSON.stringify(row.config)).not.toContain(added.token);
    expect(row.secrets).toEqual({ token: added.token, encodingAesKey: added.encodingAesKey });

    const [audit] = await services.db.select().from(auditLog).where(eq(auditLog.targetId, added.channelId));
    expect(audit).toMatchObject({
      action: 'channel.create',
      actorUserId: null,
      workspaceId: ids.workspace,
      details: { accountId: ids.account, type: 'wechat_mp', name: 'Official Account' },
    });

    // WeChat's URL check, signed with the printed token, against the lean server.
    const query = new URLSearchParams({
      timestamp: '1763700000',
      nonce: 'n0nce',
      signature: wechatSignature([added.token!, '1763700000', 'n0nce']),
      echostr: 'echo-123',
    });
    const res = await fetch(`${server.url}/wechat/${added.publicKey}?${query}`);
    expect(await res.text()).toBe('echo-123');
    expect(res.status).toBe(200);
    expect((await channelRow(added.channelId)).verifiedAt).toBeInstanceOf(Date);
  });

  it('prints what to paste into the Official Account backend', async () => {
    const result = await channelAdd({
      workspace: ids.workspace,
      account: ids.account,
      type: 'wechat',
      name: 'OA compat',
      appId: 'wx2c2769f8efd9abc2',
      appSecret: 'a'.repeat(32),
      token: 'myToken123',
      mode: 'compat',
      publicUrl: 'https://wx.example.com',
    });
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/URL \(服务器地址\): +https:\/\/wx\.example\.com\/wechat\/[\w-]{22}$/m);
    expect(result.out).toMatch(/Token \(令牌\): +myToken123$/m);
    const key = /EncodingAESKey \(消息加解密密钥\): +([A-Za-z0-9]{43})$/m.exec(result.out)?.[1];
    expect(key).toBeDefined();
    expect(result.out).toContain('compat (兼容模式)');
    expect(result.out).toContain(
      'AppSecret stored (…aaaa): replies beyond the passive one go through the API.',
    );
    const channelId = /\(wechat_mp, ([0-9a-f-]{36})\)/.exec(result.out)![1]!;
    const row = await channelRow(channelId);
    expect(row.secrets).toEqual({ token: 'myToken123', encodingAesKey: key, appSecret: 'a'.repeat(32) });
    expect(row.config).toMatchObject({ mode: 'compat', hasAppSecret: true, appSecretHint: 'aaaa' });
  });

  it('reads a secret given as - from standard input, and refuses empty input', async () => {
    const piped = await channelAdd(
      {
        type: 'wecom',
        name: 'WeCom piped',
        corpId: 'ww5823bf96d3bd56c7',
        agentId: '1000002',
        secret: '-',
        json: true,
      },
      'piped-wecom-secret-0123456789abcdef\n',
    );
    expect(piped.code).toBe(0);
    const row = await channelRow(addedSchema.parse(JSON.parse(piped.out)).channelId);
    expect(row.secrets).toMatchObject({ secret: 'piped-wecom-secret-0123456789abcdef' });

    const before = await services.db.select({ id: channels.id }).from(channels);
    const empty = await channelAdd(
      { type: 'wechat_mp', name: 'OA piped', appId: 'wx2c2769f8efd9abc2', appSecret: '-' },
      '\n',
    );
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('--app-secret: Standard input was empty');
    expect(empty.opened).toBe(false);
    expect(await services.db.select({ id: channels.id }).from(channels)).toHaveLength(before.length);
  });

  it('adds a WeCom app', async () => {
    const key = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
    const result = await channelAdd({
      type: 'wecom',
      name: 'WeCom app',
      corpId: 'ww5823bf96d3bd56c7',
      agentId: '1000002',
      token: 'QDG6eK',
      aesKey: key,
      apiBase: 'http://127.0.0.1:9/relay/',
      json: true,
    });
    expect(result.code).toBe(0);
    const added = addedSchema.parse(JSON.parse(result.out));
    expect(added).toMatchObject({ token: 'QDG6eK', encodingAesKey: key });
    expect(added.mode).toBeUndefined();
    expect(added.url).toBe(`https://bot.example.com/wecom/${added.publicKey}`);
    const row = await channelRow(added.channelId);
    expect(row.type).toBe('wecom');
    expect(row.config).toMatchObject({
      corpId: 'ww5823bf96d3bd56c7',
      agentId: '1000002',
      apiBase: 'http://127.0.0.1:9/relay',
    });
    expect(row.secrets).toEqual({ token: 'QDG6eK', encodingAesKey: key });
  });

  it('refuses an API base the administrator did not allow, and writes nothing', async () => {
    const before = await services.db.select({ id: channels.id }).from(channels);
    const result = await channelAdd({
      type: 'wechat_mp',
      name: 'Relay',
      appId: 'wx0123456789abcdef',
      apiBase: 'http://169.254.169.254/latest',
    });
    expect(result.code).toBe(2);
    expect(result.err).toContain('REPLYFLOW_WECHAT_API_BASES');
    expect(await services.db.select({ id: channels.id }).from(channels)).toHaveLength(before.length);
  });

  it('adds a webhook with a callback URL and shows its signing secret once', async () => {
    const result = await channelAdd({
      type: 'webhook',
      name: 'Hook',
      callbackUrl: 'https://app.example.com/replies',
    });
    expect(result.code).toBe(0);
    const secret = /Signing secret: +(whsec_\S+)$/m.exec(result.out)?.[1];
    expect(secret).toBeDefined();
    expect(result.out).toMatch(/Endpoint: +https:\/\/bot\.example\.com\/hooks\/[\w-]{22}$/m);
    const channelId = /\(webhook, ([0-9a-f-]{36})\)/.exec(result.out)![1]!;
    const row = await channelRow(channelId);
    expect(row.config).toMatchObject({
      callbackUrl: 'https://app.example.com/replies',
      secretHint: secret!.slice(-4),
    });
    expect(row.secrets).toEqual({ signingSecret: secret });
  });

  it('refuses bad settings with one line per option, exit 2, without opening the database', async () => {
    const before = await channelCount();
    const result = await channelAdd({
      type: 'wechat_mp',
      name: 'Bad',
      appId: 'nope',
      token: 'ab',
      aesKey: 'short',
      callbackUrl: 'https://x.example.com',
    });
    expect(result.code).toBe(2);
    expect(result.opened).toBe(false);
    expect(result.err.split('\n')).toEqual([
      '--callback-url: Not used by --type wechat_mp.',
      '--app-id: An AppID is wx followed by 16 letters or digits.',
      '--token: The token is 3 to 32 letters or digits.',
      '--aes-key: The EncodingAESKey is exactly 43 letters or digits (or "generate").',
      'No channel was added.',
    ]);
    const missing = await channelAdd({
      type: 'wecom',
      name: 'WeCom',
      corpId: 'ww5823bf96d3bd56c7',
      json: true,
    });
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.out)).toEqual({
      ok: false,
      errors: [{ option: '--agent-id', message: 'Required for --type wecom.' }],
    });
    const badType = await channelAdd({ type: 'sms' });
    expect(badType.err).toContain('--type: Use webchat, webhook, wechat_mp (or mp, wechat) or wecom.');
    expect(await channelCount()).toBe(before);
  });

  it('refuses an unknown workspace or account, an account of another workspace and an archived one', async () => {
    const before = await channelCount();
    const cases: [Partial<ChannelAddFlags>, string][] = [
      [{ workspace: 'Nope' }, '--workspace: No workspace "Nope".'],
      [{ account: 'Nope' }, '--account: No account "Nope" in workspace "Shop".'],
      [{ account: ids.otherAccount }, `--account: No account "${ids.otherAccount}" in workspace "Shop".`],
      [
        { account: ids.archived },
        '--account: Account "Old OA" is archived; restore it before adding channels.',
      ],
    ];
    for (const [flags, message] of cases) {
      const result = await channelAdd(flags);
      expect(result.code).toBe(2);
      expect(result.err.split('\n')[0]).toBe(message);
    }
    expect(await channelCount()).toBe(before);
  });
});
