import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/server/api/trpc';
import { auditLog, channels, contacts, conversations } from '@/server/db/schema';
import { addMember, callerFor, signUpUser } from './helpers/actors';
import { createTestServices, type TestServices } from './helpers/test-services';
import { errorOf } from './helpers/error-of';

let services: TestServices;
let owner: SessionUser;
let editor: SessionUser;
let viewer: SessionUser;
let outsider: SessionUser;
let workspaceId: string;
let otherWorkspaceId: string;
let accountId: string;

beforeAll(async () => {
  services = await createTestServices();
  owner = await signUpUser(services, { email: 'ch-owner@example.com' });
  editor = await signUpUser(services, { email: 'ch-editor@example.com' });
  viewer = await signUpUser(services, { email: 'ch-viewer@example.com' });
  outsider = await signUpUser(services, { email: 'ch-outsider@example.com' });
  const ownerApi = callerFor(services, owner);
  workspaceId = (await ownerApi.workspace.create({ name: 'Channels' })).id;
  await addMember(services, { owner, workspaceId, user: editor, role: 'editor' });
  await addMember(services, { owner, workspaceId, user: viewer, role: 'viewer' });
  otherWorkspaceId = (await callerFor(services, outsider).workspace.create({ name: 'Other' })).id;
  accountId = (await ownerApi.account.create({ workspaceId, name: 'Site', type: 'web' })).id;
});
afterAll(async () => {
  await services?.cleanup();
});

async function storedChannel(channelId: string) {
  const [row] = await services.db.select().from(channels).where(eq(channels.id, channelId));
  return row;
}

async function countChannels(): Promise<number> {
  return (await services.db.select({ id: channels.id }).from(channels)).length;
}

describe('channel.create', () => {
  it('adds a web chat channel without a secret', async () => {
    const created = await callerFor(services, editor).channel.create({
      workspaceId,
      accountId,
      type: 'webchat',
      name: '  Website chat  ',
    });
    expect(created.secret).toBeNull();
    expect(created.publicKey).toMatch(/^[\w-]{22}$/);
    const row = await storedChannel(created.channelId);
    expect(row).toMatchObject({
      type: 'webchat',
      name: 'Website chat',
      enabled: true,
      secretsEncrypted: null,
      workspaceId,
      accountId,
    });
  });

  it('adds a webhook channel (owners only) whose secret is returned once and stored only encrypted', async () => {
    const before = await countChannels();
    expect(
      (
        await errorOf(
          callerFor(services, editor).channel.create({ workspaceId, accountId, type: 'webhook', name: 'X' }),
        )
      ).appCode,
    ).toBe('ROLE_REQUIRED');
    expect(await countChannels()).toBe(before);
    const created = await callerFor(services, owner).channel.create({
      workspaceId,
      accountId,
      type: 'webhook',
      name: 'CRM hook',
      callbackUrl: 'https://crm.example.com/replyflow',
    });
    expect(created.secret).toMatch(/^whsec_[\w-]{43}$/);
    const row = await storedChannel(created.channelId);
    // Only the secret's last four characters are kept in the clear, to show it masked.
    expect(row!.config).toEqual({
      callbackUrl: 'https://crm.example.com/replyflow',
      secretHint: created.secret!.slice(-4),
    });
    expect(row!.secretsEncrypted).toBeTruthy();
    expect(row!.secretsEncrypted).not.toContain(created.secret!);
    expect(row!.secretsEncrypted).not.toContain(created.secret!.slice('whsec_'.length));
    expect(JSON.parse(services.secrets.decrypt(row!.secretsEncrypted!))).toEqual({
      signingSecret: created.secret,
    });
  });

  it('refuses WeChat and WeCom channels without their settings, with a clear code', async () => {
    const before = await countChannels();
    for (const type of ['wechat_mp', 'wecom'] as const) {
      const error = await errorOf(
        callerFor(services, owner).channel.create({ workspaceId, accountId, type, name: 'MP' }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.appCode).toBe('CHANNEL_SETTINGS_INVALID');
    }
    expect(await countChannels()).toBe(before);
  });

  it.each([
    ['ftp://example.com/x'],
    ['javascript:alert(1)'],
    ['not a url'],
    [''],
    [`https://example.com/${'x'.repeat(2000)}`],
  ])('refuses the callback URL %j and writes nothing', async (callbackUrl) => {
    const before = await countChannels();
    const error = await errorOf(
      callerFor(services, editor).channel.create({
        workspaceId,
        accountId,
        type: 'webhook',
        name: 'Bad callback',
        callbackUrl,
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(await countChannels()).toBe(before);
  });

  it('refuses a callback URL on a web chat channel and writes nothing', async () => {
    const before = await countChannels();
    const error = await errorOf(
      callerFor(services, editor).channel.create({
        workspaceId,
        accountId,
        type: 'webchat',
        name: 'Chat',
        callbackUrl: 'https://example.com/cb',
      }),
    );
    expect(error.appCode).toBe('WEBHOOK_ONLY');
    expect(await countChannels()).toBe(before);
  });

  it('refuses an empty name and an archived account', async () => {
    const api = callerFor(services, editor);
    await expect(
      api.channel.create({ workspaceId, accountId, type: 'webchat', name: '   ' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const archived = await api.account.create({ workspaceId, name: 'Old site', type: 'web' });
    await api.account.archive({ workspaceId, accountId: archived.id });
    const error = await errorOf(
      api.channel.create({ workspaceId, accountId: archived.id, type: 'webchat', name: 'Chat' }),
    );
    expect(error.appCode).toBe('ACCOUNT_ARCHIVED');
    const rows = await services.db.select().from(channels).where(eq(channels.accountId, archived.id));
    expect(rows).toEqual([]);
  });

  it('refuses viewers, and accounts of another workspace', async () => {
    const viewerError = await errorOf(
      callerFor(services, viewer).channel.create({ workspaceId, accountId, type: 'webchat', name: 'V' }),
    );
    expect(viewerError.appCode).toBe('ROLE_REQUIRED');
    // The outsider names their own workspace but our account: it does not exist for them.
    const crossError = await errorOf(
      callerFor(services, outsider).channel.create({
        workspaceId: otherWorkspaceId,
        accountId,
        type: 'webchat',
        name: 'Stolen',
      }),
    );
    expect(crossError.appCode).toBe('ACCOUNT_NOT_FOUND');
  });
});

describe('channel.list', () => {
  it('shows every member the channels of the account, never a secret', async () => {
    const list = await callerFor(services, viewer).channel.list({ workspaceId, accountId });
    expect(list.map((c) => c.type).sort()).toEqual(['webchat', 'webhook']);
    for (const channel of list) {
      expect(Object.keys(channel).sort()).toEqual(
        [
          'config',
          'createdAt',
          'enabled',
          'hasSecret',
          'id',
          'name',
          'publicKey',
          'type',
          'verifiedAt',
        ].sort(),
      );
      expect(channel.hasSecret).toBe(channel.type === 'webhook');
    }
    const serialized = JSON.stringify(list);
    expect(serialized).not.toContain('whsec_');
    expect(serialized).not.toContain('v1.');
  });

  it('refuses an account of another workspace', async () => {
    const error = await errorOf(
      callerFor(services, outsider).channel.list({ workspaceId: otherWorkspaceId, accountId }),
    );
    expect(error.appCode).toBe('ACCOUNT_NOT_FOUND');
  });
});

describe('channel.update', () => {
  it('renames, disables and sets or clears the callback URL', async () => {
    const api = callerFor(services, editor);
    const { channelId } = await callerFor(services, owner).channel.create({
      workspaceId,
      accountId,
      type: 'webhook',
      name: 'Hook',
    });
    await api.channel.update({
      workspaceId,
      channelId,
      name: 'Renamed',
      enabled: false,
      callbackUrl: 'http://localhost:9000/cb',
    });
    expect(await storedChannel(channelId)).toMatchObject({
      name: 'Renamed',
      enabled: false,
      config: { callbackUrl: 'http://localhost:9000/cb' },
    });
    await api.channel.update({ workspaceId, channelId, enabled: true, callbackUrl: null });
    expect(await storedChannel(channelId)).toMatchObject({ name: 'Renamed', enabled: true, config: {} });
  });

  it('refuses a bad URL, a callback on web chat, viewers and other workspaces, changing nothing', async () => {
    const api = callerFor(services, editor);
    const hook = await callerFor(services, owner).channel.create({
      workspaceId,
      accountId,
      type: 'webhook',
      name: 'H',
    });
    const chat = await api.channel.create({ workspaceId, accountId, type: 'webchat', name: 'C' });
    await expect(
      api.channel.update({ workspaceId, channelId: hook.channelId, callbackUrl: 'ftp://x.example' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      (
        await errorOf(
          api.channel.update({ workspaceId, channelId: chat.channelId, callbackUrl: 'https://x.example' }),
        )
      ).appCode,
    ).toBe('WEBHOOK_ONLY');
    expect(
      (
        await errorOf(
          callerFor(services, viewer).channel.update({
            workspaceId,
            channelId: hook.channelId,
            enabled: false,
          }),
        )
      ).appCode,
    ).toBe('ROLE_REQUIRED');
    expect(
      (
        await errorOf(
          callerFor(services, outsider).channel.update({
            workspaceId: otherWorkspaceId,
            channelId: hook.channelId,
            enabled: false,
          }),
        )
      ).appCode,
    ).toBe('CHANNEL_NOT_FOUND');
    expect(await storedChannel(hook.channelId)).toMatchObject({ enabled: true, config: {} });
    expect(await storedChannel(chat.channelId)).toMatchObject({ config: {} });
  });
});

describe('channel.rotateSecret', () => {
  it('issues a new secret (owners only), stores it encrypted and audits it', async () => {
    const { channelId, secret } = await callerFor(services, owner).channel.create({
      workspaceId,
      accountId,
      type: 'webhook',
      name: 'Rotating',
    });
    const before = (await storedChannel(channelId))!.secretsEncrypted;
    expect(
      (await errorOf(callerFor(services, editor).channel.rotateSecret({ workspaceId, channelId }))).appCode,
    ).toBe('ROLE_REQUIRED');
    expect((await storedChannel(channelId))!.secretsEncrypted).toBe(before);

    const rotated = await callerFor(services, owner).channel.rotateSecret({ workspaceId, channelId });
    expect(rotated.channelId).toBe(channelId);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(secret);
    const stored = (await storedChannel(channelId))!.secretsEncrypted!;
    expect(stored).not.toContain(rotated.secret);
    expect(JSON.parse(services.secrets.decrypt(stored))).toEqual({ signingSecret: rotated.secret });
    expect((await storedChannel(channelId))!.config).toMatchObject({ secretHint: rotated.secret.slice(-4) });

    const audits = await services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'channel.rotate-secret'), eq(auditLog.targetId, channelId)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ workspaceId, actorUserId: owner.id, targetType: 'channel' });
    expect(JSON.stringify(audits[0]!.details)).not.toContain('whsec_');
  });

  it('refuses web chat channels and channels of another workspace', async () => {
    const chat = await callerFor(services, editor).channel.create({
      workspaceId,
      accountId,
      type: 'webchat',
      name: 'No secret',
    });
    expect(
      (
        await errorOf(
          callerFor(services, owner).channel.rotateSecret({ workspaceId, channelId: chat.channelId }),
        )
      ).appCode,
    ).toBe('WEBHOOK_ONLY');
    const hook = await callerFor(services, owner).channel.create({
      workspaceId,
      accountId,
      type: 'webhook',
      name: 'Not yours',
    });
    const before = (await storedChannel(hook.channelId))!.secretsEncrypted;
    expect(
      (
        await errorOf(
          callerFor(services, outsider).channel.rotateSecret({
            workspaceId: otherWorkspaceId,
            channelId: hook.channelId,
          }),
        )
      ).appCode,
    ).toBe('CHANNEL_NOT_FOUND');
    expect((await storedChannel(hook.channelId))!.secretsEncrypted).toBe(before);
  });
});

describe('channel.delete', () => {
  it('lets owners delete a channel (audited); editors and other workspaces cannot', async () => {
    const { channelId } = await callerFor(services, editor).channel.create({
      workspaceId,
      accountId,
      type: 'webchat',
      name: 'Doomed',
    });
    expect(
      (await errorOf(callerFor(services, editor).channel.delete({ workspaceId, channelId }))).appCode,
    ).toBe('ROLE_REQUIRED');
    expect(
      (
        await errorOf(
          callerFor(services, outsider).channel.delete({ workspaceId: otherWorkspaceId, channelId }),
        )
      ).appCode,
    ).toBe('CHANNEL_NOT_FOUND');
    expect(await storedChannel(channelId)).toBeDefined();
    const [contact] = await services.db
      .insert(contacts)
      .values({ workspaceId, accountId, channelId, externalId: 'visitor-1' })
      .returning({ id: contacts.id });
    await services.db
      .insert(conversations)
      .values({ workspaceId, accountId, channelId, contactId: contact!.id });

    await expect(callerFor(services, owner).channel.delete({ workspaceId, channelId })).resolves.toEqual({
      channelId,
    });
    expect(await storedChannel(channelId)).toBeUndefined();
    // Its contacts and conversations go with it (the UI warns about that before deleting).
    expect(await services.db.select().from(contacts).where(eq(contacts.channelId, channelId))).toEqual([]);
    expect(
      await services.db.select().from(conversations).where(eq(conversations.channelId, channelId)),
    ).toEqual([]);
    const [audit] = await services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'channel.delete'), eq(auditLog.targetId, channelId)));
    expect(audit).toMatchObject({
      workspaceId,
      actorUserId: owner.id,
      details: { name: 'Doomed', type: 'webchat' },
    });
    expect(
      (await errorOf(callerFor(services, owner).channel.delete({ workspaceId, channelId }))).appCode,
    ).toBe('CHANNEL_NOT_FOUND');
  });
});
