import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/server/api/trpc';
import { auditLog, invites } from '@/server/db/schema';
import { callerFor, signUpUser } from './helpers/actors';
import { createTestServices, type TestServices } from './helpers/test-services';

let services: TestServices;
let owner: SessionUser;
let workspaceId: string;

beforeAll(async () => {
  services = await createTestServices();
  owner = await signUpUser(services, { email: 'owner@example.com' });
  workspaceId = (await callerFor(services, owner).workspace.create({ name: 'Team' })).id;
});
afterAll(async () => {
  await services?.cleanup();
});

async function invite(email: string, role: 'owner' | 'editor' | 'viewer') {
  return callerFor(services, owner).invite.create({ workspaceId, email, role });
}

describe('members and invites', () => {
  it('an invite link adds the invited person with the invited role, once', async () => {
    const bob = await signUpUser(services, { email: 'bob@example.com' });
    const { token } = await invite('Bob@Example.com', 'editor');
    expect(await callerFor(services, null).invite.preview({ token })).toEqual({
      workspaceName: 'Team',
      email: 'bob@example.com',
      role: 'editor',
    });
    await callerFor(services, bob).invite.accept({ token });
    const me = await callerFor(services, bob).me.get();
    expect(me.workspaces).toEqual([{ id: workspaceId, name: 'Team', role: 'editor' }]);
    await expect(callerFor(services, bob).invite.accept({ token })).rejects.toMatchObject({
      appCode: 'INVITE_INVALID',
    });
    const actions = (
      await services.db.select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId))
    ).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['member.invite', 'member.join']));
  });

  it('an invite cannot be used by someone else, after revocation or after expiry', async () => {
    const eve = await signUpUser(services, { email: 'eve@example.com' });
    const carol = await signUpUser(services, { email: 'carol@example.com' });
    const forCarol = await invite('carol@example.com', 'viewer');
    await expect(callerFor(services, eve).invite.accept({ token: forCarol.token })).rejects.toMatchObject({
      appCode: 'INVITE_EMAIL_MISMATCH',
    });
    await callerFor(services, owner).invite.revoke({ workspaceId, inviteId: forCarol.id });
    await expect(callerFor(services, carol).invite.accept({ token: forCarol.token })).rejects.toMatchObject({
      appCode: 'INVITE_INVALID',
    });

    const late = await invite('carol@example.com', 'viewer');
    await services.db
      .update(invites)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invites.id, late.id));
    await expect(callerFor(services, carol).invite.accept({ token: late.token })).rejects.toMatchObject({
      appCode: 'INVITE_EXPIRED',
    });
    expect((await callerFor(services, carol).me.get()).workspaces).toEqual([]);
    await expect(callerFor(services, null).invite.preview({ token: 'x'.repeat(32) })).rejects.toMatchObject({
      appCode: 'INVITE_INVALID',
    });
  });

  it('keeps at least one owner', async () => {
    const api = callerFor(services, owner);
    await expect(
      api.member.updateRole({ workspaceId, userId: owner.id, role: 'editor' }),
    ).rejects.toMatchObject({
      appCode: 'LAST_OWNER',
    });
    await expect(api.member.remove({ workspaceId, userId: owner.id })).rejects.toMatchObject({
      appCode: 'LAST_OWNER',
    });
    const dave = await signUpUser(services, { email: 'dave@example.com' });
    const { token } = await invite('dave@example.com', 'owner');
    await callerFor(services, dave).invite.accept({ token });
    // With a second owner, the first may step down.
    await api.member.updateRole({ workspaceId, userId: owner.id, role: 'editor' });
    const roles = Object.fromEntries(
      (await callerFor(services, dave).member.list({ workspaceId })).map((m) => [m.email, m.role]),
    );
    expect(roles['owner@example.com']).toBe('editor');
    expect(roles['dave@example.com']).toBe('owner');
    // The former owner can no longer manage members.
    await expect(api.member.remove({ workspaceId, userId: dave.id })).rejects.toMatchObject({
      appCode: 'ROLE_REQUIRED',
    });
  });

  it('remembers the language per user', async () => {
    const api = callerFor(services, owner);
    await api.me.setLocale({ locale: 'zh-CN' });
    expect((await api.me.get()).user.locale).toBe('zh-CN');
    await expect(api.me.setLocale({ locale: 'fr' as 'en' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await api.me.get()).user.locale).toBe('zh-CN');
  });
});
