import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { SessionUser } from '@/server/api/trpc';
import { accounts, channels } from '@/server/db/schema';
import { callerFor, signUpUser } from './helpers/actors';
import { createTestServices, type TestServices } from './helpers/test-services';

let services: TestServices;
let editor: SessionUser;
let workspaceId: string;

beforeAll(async () => {
  services = await createTestServices();
  editor = await signUpUser(services, { email: 'ed@example.com' });
  workspaceId = (await callerFor(services, editor).workspace.create({ name: 'Brand' })).id;
});
afterAll(async () => {
  await services?.cleanup();
});

it('creates, updates and archives accounts', async () => {
  const api = callerFor(services, editor);
  const acc = await api.account.create({ workspaceId, name: '示例公众号', type: 'wechat_mp' });
  let [row] = await api.account.list({ workspaceId });
  expect(row).toMatchObject({
    name: '示例公众号',
    type: 'wechat_mp',
    timezone: 'Asia/Shanghai',
    channelCount: 0,
  });
  await api.account.update({
    workspaceId,
    accountId: acc.id,
    timezone: 'Europe/Paris',
    sessionTimeoutMinutes: 10,
  });
  [row] = await api.account.list({ workspaceId });
  expect(row).toMatchObject({ timezone: 'Europe/Paris', sessionTimeoutMinutes: 10 });
  await api.account.archive({ workspaceId, accountId: acc.id });
  expect(await api.account.list({ workspaceId })).toEqual([]);
  expect(await api.account.list({ workspaceId, includeArchived: true })).toHaveLength(1);
});

it('refuses an unknown time zone and changes nothing', async () => {
  const api = callerFor(services, editor);
  const acc = await api.account.create({ workspaceId, name: 'Web', type: 'web' });
  await expect(
    api.account.update({ workspaceId, accountId: acc.id, timezone: 'Mars/Olympus' }),
  ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  const [stored] = await services.db.select().from(accounts).where(eq(accounts.id, acc.id));
  expect(stored?.timezone).toBe('Asia/Shanghai');
});

it('stores channel secrets only as ciphertext that decrypts with the master key', async () => {
  const acc = await callerFor(services, editor).account.create({
    workspaceId,
    name: 'MP',
    type: 'wechat_mp',
  });
  const secrets = { token: 'wechat-token-123', appSecret: 'app-secret-xyz' };
  const [channel] = await services.db
    .insert(channels)
    .values({
      workspaceId,
      accountId: acc.id,
      type: 'wechat_mp',
      name: 'MP',
      publicKey: 'k-test-1',
      secretsEncrypted: services.secrets.encryptJson(secrets),
    })
    .returning();
  expect(channel!.secretsEncrypted).not.toContain('wechat-token-123');
  expect(JSON.parse(services.secrets.decrypt(channel!.secretsEncrypted!))).toEqual(secrets);
  const [listed] = (await callerFor(services, editor).account.list({ workspaceId })).filter(
    (a) => a.id === acc.id,
  );
  expect(listed?.channelCount).toBe(1);
});

it('lets owners set the HTTP allowlist of an account; others and invalid entries change nothing', async () => {
  const owner = callerFor(services, editor); // the workspace creator is its owner
  const acc = await owner.account.create({ workspaceId, name: 'Shop API', type: 'web' });
  await owner.account.setHttpAllowlist({
    workspaceId,
    accountId: acc.id,
    allowlist: ['10.0.0.0/8', '*.corp.example', 'erp.internal'],
  });
  const listed = (await owner.account.list({ workspaceId })).find((a) => a.id === acc.id)!;
  expect(listed.httpAllowlist).toEqual(['10.0.0.0/8', '*.corp.example', 'erp.internal']);
  await expect(
    owner.account.setHttpAllowlist({ workspaceId, accountId: acc.id, allowlist: ['http://evil.example/'] }),
  ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  const member = await signUpUser(services, { email: 'allowlist-editor@example.com' });
  const { token } = await owner.invite.create({ workspaceId, email: member.email, role: 'editor' });
  await callerFor(services, member).invite.accept({ token });
  await expect(
    callerFor(services, member).account.setHttpAllowlist({ workspaceId, accountId: acc.id, allowlist: [] }),
  ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  const [row] = await services.db
    .select({ settings: accounts.settings })
    .from(accounts)
    .where(eq(accounts.id, acc.id));
  expect(row!.settings).toEqual({ httpAllowlist: ['10.0.0.0/8', '*.corp.example', 'erp.internal'] });
});
