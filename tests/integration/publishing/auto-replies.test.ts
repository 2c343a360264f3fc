import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autoReplySettingsSchema, compiledFlowSchema, type AutoReplySettings } from '@/core';
import { auditLog, deployments, flowVersions, flows } from '@/server/db/schema';
import { seedDemo, DEMO_EMAIL } from '@/server/seed/seed-demo';
import { findUserByEmail } from '@/server/users/create-user';
import { callerFor } from '../helpers/actors';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { flowDoc, text } from '../runtime/runtime-fixture';
import { createPublishingFixture, type PublishingFixture } from './publishing-fixture';
import { errorOf } from '../helpers/error-of';

let services: TestServices;
let fx: PublishingFixture;

beforeAll(async () => {
  services = await createTestServices();
  fx = await createPublishingFixture(services, 'auto');
});
afterAll(async () => {
  await services?.cleanup();
});

const reply = (...texts: string[]) => ({ messages: texts.map(text), mode: 'all' as const });
/** "HH:00" of the hour `offset` hours from now in Shanghai. */
const shanghaiHour = (offset: number) => {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    ),
  );
  return `${String((hour + offset + 24) % 24).padStart(2, '0')}:00`;
};

const settings = (overrides: Partial<AutoReplySettings> = {}): AutoReplySettings =>
  autoReplySettingsSchema.parse({
    follow: { enabled: true, reply: reply('Welcome!') },
    keywordRules: [
      { id: 'hours', keywords: ['hours', '营业时间'], match: 'exact', reply: reply('9 to 6.') },
      { id: 'ship', keywords: ['shipping'], match: 'contains', reply: reply('Free over 99.') },
    ],
    defaultReply: { enabled: true, reply: reply('A person will answer soon.') },
    ...overrides,
  });

describe('account auto replies (no canvas)', () => {
  it('answers follows, exact and contains keywords and unmatched messages once saved', async () => {
    const { workspaceId, accounts, api } = fx;
    const before = await api.viewer.autoReply.get({ workspaceId, accountId: accounts.a });
    expect(before).toMatchObject({ revision: 0, liveVersion: null, timezone: 'Asia/Shanghai' });
    expect(before.settings.keywordRules).toEqual([]);
    expect(await fx.send('a', 'v1', 'hours')).toEqual([]);

    const saved = await api.editor.autoReply.save({
      workspaceId,
      accountId: accounts.a,
      revision: 0,
      settings: settings(),
    });
    expect(saved).toEqual({ revision: 1, versionNumber: 1 });
    expect(await fx.send('a', 'v1', { type: 'follow' })).toEqual(['Welcome!']);
    expect(await fx.send('a', 'v1', 'HOURS')).toEqual(['9 to 6.']);
    expect(await fx.send('a', 'v1', '营业时间')).toEqual(['9 to 6.']);
    expect(await fx.send('a', 'v1', 'what about shipping to Beijing?')).toEqual(['Free over 99.']);
    expect(await fx.send('a', 'v1', 'hello?')).toEqual(['A person will answer soon.']);
    expect(await fx.send('b', 'v1', 'hours')).toEqual([]);

    const got = await api.viewer.autoReply.get({ workspaceId, accountId: accounts.a });
    expect(got).toMatchObject({ revision: 1, liveVersion: 1 });
    expect(got.settings.keywordRules.map((r) => r.id)).toEqual(['hours', 'ship']);
    // Hidden from the flows list, listed among the account's live flows as auto replies.
    expect((await api.viewer.flow.list({ workspaceId })).some((f) => f.name === 'Auto replies')).toBe(false);
    const live = await api.viewer.deployment.forAccount({ workspaceId, accountId: accounts.a });
    expect(live.map((l) => [l.flowKind, l.versionNumber])).toEqual([['auto-reply', 1]]);
    const audit = await services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.action, 'account.auto-replies')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBe(fx.editor.id);
  });

  it('sends the off-hours reply outside business hours and the default reply inside', async () => {
    const { workspaceId, accounts, api } = fx;
    const { revision } = await api.viewer.autoReply.get({ workspaceId, accountId: accounts.a });
    const hours = (start: number, end: number) => ({
      enabled: true,
      days: [0, 1, 2, 3, 4, 5, 6],
      hours: [{ start: shanghaiHour(start), end: shanghaiHour(end) }],
      holidays: [],
    });
    const closed = await api.editor.autoReply.save({
      workspaceId,
      accountId: accounts.a,
      revision,
      settings: settings({
        businessHours: hours(2, 3),
        offHours: { enabled: true, reply: reply('We are closed.') },
      }),
    });
    expect(closed.versionNumber).toBe(2);
    expect(await fx.send('a', 'v2', 'hello?')).toEqual(['We are closed.']);
    expect(await fx.send('a', 'v2', 'hours')).toEqual(['9 to 6.']);
    await api.editor.autoReply.save({
      workspaceId,
      accountId: accounts.a,
      revision: closed.revision,
      settings: settings({
        businessHours: hours(-1, 2),
        offHours: { enabled: true, reply: reply('We are closed.') },
      }),
    });
    expect(await fx.send('a', 'v3', 'hello?')).toEqual(['A person will answer soon.']);
  });

  it('lets drawn flows win ties, and a higher rule priority beat them', async () => {
    const { workspaceId, accounts, api } = fx;
    const flowId = await fx.createFlow(
      'Hours flow',
      flowDoc(
        [
          { id: 'kw', type: 'keyword-trigger', data: { keywords: ['hours'], match: 'exact' } },
          { id: 'send', type: 'send-message', data: { messages: [text('Canvas hours')] } },
        ],
        [['kw', 'out', 'send']],
      ),
    );
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.a] });
    expect(await fx.send('a', 'v4', 'hours')).toEqual(['Canvas hours']);
    const table = await api.viewer.deployment.replyRules({ workspaceId, accountId: accounts.a });
    const autoHours = table.rules.find((r) => r.flowKind === 'auto-reply' && r.nodeId === 'kw-hours')!;
    expect(autoHours.findings.map((f) => f.kind)).toEqual(['partly-shadowed']);

    const current = await api.viewer.autoReply.get({ workspaceId, accountId: accounts.a });
    const boosted = structuredClone(current.settings);
    boosted.keywordRules[0]!.priority = 5;
    await api.editor.autoReply.save({
      workspaceId,
      accountId: accounts.a,
      revision: current.revision,
      settings: boosted,
    });
    expect(await fx.send('a', 'v5', 'hours')).toEqual(['9 to 6.']);
    await api.editor.version.unpublish({ workspaceId, flowId });
  });

  it('refuses invalid settings, stale revisions and viewers, changing nothing', async () => {
    const { workspaceId, accounts, api } = fx;
    const current = await api.viewer.autoReply.get({ workspaceId, accountId: accounts.a });
    const versions = async () =>
      (
        await services.db
          .select({ id: flowVersions.id })
          .from(flowVersions)
          .innerJoin(flows, eq(flows.id, flowVersions.flowId))
          .where(eq(flows.accountId, accounts.a))
      ).length;
    const count = await versions();
    const invalid = await errorOf(
      api.editor.autoReply.save({
        workspaceId,
        accountId: accounts.a,
        revision: current.revision,
        settings: settings({
          keywordRules: [
            {
              id: 'a',
              name: '',
              keywords: ['refund'],
              match: 'exact',
              priority: 0,
              enabled: true,
              reply: reply(),
            },
            {
              id: 'b',
              name: '',
              keywords: ['Refund'],
              match: 'exact',
              priority: 0,
              enabled: true,
              reply: reply('x'),
            },
          ],
        }),
      }),
    );
    expect(invalid.appCode).toBe('AUTO_REPLY_INVALID');
    const problems = invalid.details!.problems as { path: (string | number)[]; code: string }[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'empty-reply', path: ['keywordRules', 0, 'reply'] }),
        expect.objectContaining({ code: 'duplicate-keyword', path: ['keywordRules', 1, 'keywords', 0] }),
      ]),
    );
    expect(
      (
        await errorOf(
          api.editor.autoReply.save({
            workspaceId,
            accountId: accounts.a,
            revision: 0,
            settings: settings(),
          }),
        )
      ).appCode,
    ).toBe('REVISION_CONFLICT');
    expect(
      (
        await errorOf(
          api.viewer.autoReply.save({
            workspaceId,
            accountId: accounts.a,
            revision: current.revision,
            settings: settings(),
          }),
        )
      ).appCode,
    ).toBe('ROLE_REQUIRED');
    expect(await versions()).toBe(count);
    expect((await api.viewer.autoReply.get({ workspaceId, accountId: accounts.a })).revision).toBe(
      current.revision,
    );
  });

  it('regenerates on a time zone change, and turning everything off takes them off the account', async () => {
    const { workspaceId, accounts, api } = fx;
    const before = await api.viewer.autoReply.get({ workspaceId, accountId: accounts.a });
    await api.editor.account.update({ workspaceId, accountId: accounts.a, timezone: 'Europe/Berlin' });
    const after = await api.viewer.autoReply.get({ workspaceId, accountId: accounts.a });
    expect(after.liveVersion).toBe(before.liveVersion! + 1);
    const [live] = await services.db
      .select({ compiled: flowVersions.compiled })
      .from(deployments)
      .innerJoin(flowVersions, eq(flowVersions.id, deployments.flowVersionId))
      .innerJoin(flows, eq(flows.id, deployments.flowId))
      .where(and(eq(deployments.accountId, accounts.a), eq(flows.kind, 'auto-reply')));
    expect(compiledFlowSchema.parse(live!.compiled).timezone).toBe('Europe/Berlin');

    const off = await api.editor.autoReply.save({
      workspaceId,
      accountId: accounts.a,
      revision: after.revision,
      settings: autoReplySettingsSchema.parse({}),
    });
    expect(off.versionNumber).toBeNull();
    expect(await fx.send('a', 'v6', 'hours')).toEqual([]);
    expect(await api.viewer.deployment.forAccount({ workspaceId, accountId: accounts.a })).toEqual([]);
  });
});

describe('account changes and auto replies', () => {
  it('changes only the fields an update names; a rename of a rule is published; archived accounts follow their clock', async () => {
    const { workspaceId, accounts, api } = fx;
    await api.editor.account.update({
      workspaceId,
      accountId: accounts.b,
      timezone: 'Europe/Paris',
      sessionTimeoutMinutes: 10,
      defaultLocale: 'en',
    });
    const saved = await api.editor.autoReply.save({
      workspaceId,
      accountId: accounts.b,
      revision: 0,
      settings: settings(),
    });
    await api.editor.account.update({
      workspaceId,
      accountId: accounts.b,
      avatarUrl: 'https://example.com/a.png',
    });
    expect(await api.viewer.account.get({ workspaceId, accountId: accounts.b })).toMatchObject({
      timezone: 'Europe/Paris',
      sessionTimeoutMinutes: 10,
      defaultLocale: 'en',
      avatarUrl: 'https://example.com/a.png',
    });
    const unchanged = await api.viewer.autoReply.get({ workspaceId, accountId: accounts.b });
    expect(unchanged.liveVersion).toBe(saved.versionNumber);

    // A new rule name changes no behaviour but is what the reply rules table shows: it is published.
    const renamed = structuredClone(unchanged.settings);
    renamed.keywordRules[0]!.name = 'Opening hours';
    const afterRename = await api.editor.autoReply.save({
      workspaceId,
      accountId: accounts.b,
      revision: unchanged.revision,
      settings: renamed,
    });
    expect(afterRename.versionNumber).toBe(saved.versionNumber! + 1);
    const table = await api.viewer.deployment.replyRules({ workspaceId, accountId: accounts.b });
    expect(table.rules.find((r) => r.nodeId === 'kw-hours')!.label).toBe('Opening hours');
    // Saving the same settings again publishes nothing new.
    const again = await api.editor.autoReply.save({
      workspaceId,
      accountId: accounts.b,
      revision: afterRename.revision,
      settings: renamed,
    });
    expect(again.versionNumber).toBe(afterRename.versionNumber);

    await api.editor.account.archive({ workspaceId, accountId: accounts.b });
    await api.editor.account.update({ workspaceId, accountId: accounts.b, timezone: 'Asia/Tokyo' });
    expect((await api.viewer.autoReply.get({ workspaceId, accountId: accounts.b })).liveVersion).toBe(
      afterRename.versionNumber! + 1,
    );
    await api.editor.account.archive({ workspaceId, accountId: accounts.b, archived: false });
  });
});

describe('demo seed', () => {
  it('gives the Chinese demo account live auto replies, listed in its reply rules', async () => {
    const seeded = await seedDemo(services);
    const owner = (await findUserByEmail(services, DEMO_EMAIL))!;
    const api = callerFor(services, { id: owner.id, email: DEMO_EMAIL, name: 'Demo Owner' });
    const account = (await api.account.list({ workspaceId: seeded.workspaceId })).find(
      (a) => a.type === 'wechat_mp',
    )!;
    const got = await api.autoReply.get({ workspaceId: seeded.workspaceId, accountId: account.id });
    expect(got.liveVersion).toBe(1);
    expect(got.settings.keywordRules.map((r) => r.id)).toEqual(['hours', 'address', 'promo']);
    const table = await api.deployment.replyRules({ workspaceId: seeded.workspaceId, accountId: account.id });
    expect(table.rules.map((r) => r.nodeId).sort()).toEqual(['follow', 'kw-address', 'kw-hours', 'kw-promo']);
    expect(table.rules.every((r) => r.findings.length === 0)).toBe(true);
    expect(table.defaults).toEqual([expect.objectContaining({ flowKind: 'auto-reply', active: true })]);
  });
});
