import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, deployments, flowVersions } from '@/server/db/schema';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { flowDoc, text } from '../runtime/runtime-fixture';
import { createPublishingFixture, type PublishingFixture } from './publishing-fixture';
import { errorOf } from '../helpers/error-of';

let services: TestServices;
let fx: PublishingFixture;

beforeAll(async () => {
  services = await createTestServices();
  fx = await createPublishingFixture(services, 'pub');
});
afterAll(async () => {
  await services?.cleanup();
});

/** A flow answering `keyword` with `texts`. */
const answer = (keyword: string, ...texts: string[]) =>
  flowDoc(
    [
      { id: 'kw', type: 'keyword-trigger', data: { keywords: [keyword], match: 'exact' } },
      { id: 'send', type: 'send-message', data: { messages: texts.map(text) } },
    ],
    [['kw', 'out', 'send']],
  );

const versionCount = async (flowId: string) =>
  (await services.db.select().from(flowVersions).where(eq(flowVersions.flowId, flowId))).length;

describe('publishing', () => {
  it('publishes a numbered version to two accounts; both answer with it, with author, note and history', async () => {
    const { workspaceId, accounts, api } = fx;
    const flowId = await fx.createFlow('Greeter', answer('hi', 'Hello v1'));
    const published = await api.editor.flow.publish({
      workspaceId,
      flowId,
      accountIds: [accounts.a, accounts.b],
      note: 'First cut',
    });
    expect(published.number).toBe(1);
    expect(published.accounts.map((a) => a.name).sort()).toEqual(['Shop A', 'Shop B']);
    expect(await fx.send('a', 'u1', 'hi')).toEqual(['Hello v1']);
    expect(await fx.send('b', 'u1', 'hi')).toEqual(['Hello v1']);

    const revision = await fx.saveDraft(flowId, answer('hi', 'Hello v2'));
    const second = await api.editor.flow.publish({
      workspaceId,
      flowId,
      accountIds: [accounts.a],
      expectedRevision: revision,
    });
    expect(second.number).toBe(2);
    expect(second.accounts[0]).toMatchObject({ name: 'Shop A', previousNumber: 1 });
    expect(await fx.send('a', 'u2', 'hi')).toEqual(['Hello v2']);
    expect(await fx.send('b', 'u2', 'hi')).toEqual(['Hello v1']);

    const history = await api.viewer.version.list({ workspaceId, flowId });
    expect(history.versions.map((v) => [v.number, v.note, v.createdByName])).toEqual([
      [2, '', 'Eddie Editor'],
      [1, 'First cut', 'Eddie Editor'],
    ]);
    expect(history.versions[0]!.liveOn.map((l) => l.accountName)).toEqual(['Shop A']);
    expect(history.versions[1]!.liveOn.map((l) => l.accountName)).toEqual(['Shop B']);
    expect(history.versions[0]!.draftRevision).toBe(revision);
    const listed = (await api.viewer.flow.list({ workspaceId })).find((f) => f.id === flowId)!;
    expect(listed).toMatchObject({
      latestVersion: 2,
      publishedRevision: revision,
      liveAccounts: 2,
      liveVersions: [1, 2],
    });
    expect(await api.viewer.flow.get({ workspaceId, flowId })).toMatchObject({
      latestVersion: 2,
      publishedRevision: revision,
    });
    expect(await api.viewer.account.get({ workspaceId, accountId: accounts.b })).toMatchObject({
      name: 'Shop B',
      channelCount: 1,
      liveFlowCount: 1,
    });
  });

  it('refuses a draft with errors, listing them, and creates nothing', async () => {
    const { workspaceId, accounts, api } = fx;
    const flowId = await fx.createFlow('Broken', answer('oops', ''));
    const error = await errorOf(api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.a] }));
    expect(error.appCode).toBe('FLOW_HAS_ERRORS');
    const diagnostics = error.details!.diagnostics as { code: string; nodeId?: string; severity: string }[];
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(diagnostics.some((d) => d.nodeId === 'send')).toBe(true);
    expect(await versionCount(flowId)).toBe(0);
    expect(await services.db.select().from(deployments).where(eq(deployments.flowId, flowId))).toHaveLength(
      0,
    );
  });

  it('asks to confirm warnings, then publishes', async () => {
    const { workspaceId, accounts, api } = fx;
    const doc = flowDoc(
      [
        { id: 'kw', type: 'keyword-trigger', data: { keywords: ['warn'], match: 'exact' } },
        { id: 'send', type: 'send-message', data: { messages: [text('Warned')] } },
        { id: 'orphan', type: 'send-message', data: { messages: [text('Never sent')] } },
      ],
      [['kw', 'out', 'send']],
    );
    const flowId = await fx.createFlow('Warned', doc);
    const error = await errorOf(api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.a] }));
    expect(error.appCode).toBe('FLOW_HAS_WARNINGS');
    expect((error.details!.diagnostics as { code: string }[]).map((d) => d.code)).toContain(
      'unreachable-node',
    );
    expect(await versionCount(flowId)).toBe(0);
    const ok = await api.editor.flow.publish({
      workspaceId,
      flowId,
      accountIds: [accounts.a],
      confirmWarnings: true,
    });
    expect(ok.warnings.map((w) => w.code)).toContain('unreachable-node');
    expect(await fx.send('a', 'u3', 'warn')).toEqual(['Warned']);
  });

  it('refuses to publish a draft that changed since the publisher looked (expectedRevision)', async () => {
    const { workspaceId, accounts, api } = fx;
    const flowId = await fx.createFlow('Raced', answer('race', 'One'));
    const seen = (await api.editor.flow.get({ workspaceId, flowId })).revision;
    await fx.saveDraft(flowId, answer('race', 'Two'));
    const error = await errorOf(
      api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.a], expectedRevision: seen }),
    );
    expect(error.appCode).toBe('REVISION_CONFLICT');
    expect(await versionCount(flowId)).toBe(0);
  });

  it('keeps versions immutable: a later publish never changes an earlier one, and the database refuses updates', async () => {
    const { workspaceId, api } = fx;
    const flowId = await fx.createFlow('Frozen', answer('ice', 'Cold'));
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [] });
    const [v1] = await services.db.select().from(flowVersions).where(eq(flowVersions.flowId, flowId));
    await fx.saveDraft(flowId, answer('ice', 'Colder'));
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [] });
    const [again] = await services.db
      .select()
      .from(flowVersions)
      .where(and(eq(flowVersions.flowId, flowId), eq(flowVersions.number, 1)));
    expect(again!.document).toEqual(v1!.document);
    expect(again!.compiledHash).toBe(v1!.compiledHash);
    await expect(
      services.db.update(flowVersions).set({ note: 'tampered' }).where(eq(flowVersions.id, v1!.id)),
    ).rejects.toThrow();
    const [after] = await services.db.select().from(flowVersions).where(eq(flowVersions.id, v1!.id));
    expect(after!.note).toBe('');
  });

  it('diffs two versions and a version against the draft', async () => {
    const { workspaceId, api } = fx;
    const flowId = await fx.createFlow('Diffed', answer('hello', 'Hi there'));
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [] });
    const changed = flowDoc(
      [
        { id: 'kw', type: 'keyword-trigger', data: { keywords: ['hello', 'hey'], match: 'exact' } },
        { id: 'send', type: 'send-message', data: { messages: [text('Hi there!')] } },
        { id: 'kw2', type: 'keyword-trigger', data: { keywords: ['bye'], match: 'exact' } },
        { id: 'send2', type: 'send-message', data: { messages: [text('Goodbye')] } },
      ],
      [
        ['kw', 'out', 'send'],
        ['kw2', 'out', 'send2'],
      ],
    );
    await fx.saveDraft(flowId, changed);
    const toDraft = await api.viewer.version.diff({ workspaceId, flowId, from: 1, to: 'draft' });
    expect(toDraft.diff.nodes.added.map((n) => n.id)).toEqual(['kw2', 'send2']);
    expect(toDraft.diff.nodes.changed.map((c) => [c.id, c.fields.map((f) => f.path)])).toEqual([
      ['kw', ['data.keywords[1]']],
      ['send', ['data.messages[0].text']],
    ]);
    expect(toDraft.diff.edges.added.map((e) => [e.source, e.target])).toEqual([['kw2', 'send2']]);
    expect(toDraft.diff.identical).toBe(false);
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [] });
    const between = await api.viewer.version.diff({ workspaceId, flowId, from: 2, to: 1 });
    expect(between.diff.nodes.removed.map((n) => n.id)).toEqual(['kw2', 'send2']);
    expect((await errorOf(api.viewer.version.diff({ workspaceId, flowId, from: 1, to: 9 }))).appCode).toBe(
      'VERSION_NOT_FOUND',
    );
  });

  it('rolls back in one action, unpublishes, restores a version as the draft, and audits each', async () => {
    const { workspaceId, accounts, api } = fx;
    const flowId = await fx.createFlow('Rolled', answer('ping', 'pong 1'));
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.a, accounts.b] });
    await fx.saveDraft(flowId, answer('ping', 'pong 2'));
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.a, accounts.b] });
    expect(await fx.send('a', 'r1', 'ping')).toEqual(['pong 2']);

    const rolled = await api.editor.version.deploy({
      workspaceId,
      flowId,
      number: 1,
      accountIds: [accounts.a],
    });
    expect(rolled.accounts[0]).toMatchObject({ name: 'Shop A', previousNumber: 2 });
    expect(await fx.send('a', 'r2', 'ping')).toEqual(['pong 1']);
    expect(await fx.send('b', 'r2', 'ping')).toEqual(['pong 2']);
    expect(await versionCount(flowId)).toBe(2);

    await api.editor.version.unpublish({ workspaceId, flowId, accountIds: [accounts.b] });
    expect(await fx.send('b', 'r3', 'ping')).toEqual([]);
    expect(
      (await errorOf(api.editor.version.unpublish({ workspaceId, flowId, accountIds: [accounts.b] })))
        .appCode,
    ).toBe('NOT_DEPLOYED');

    const { revision } = await api.editor.flow.get({ workspaceId, flowId });
    const restored = await api.editor.version.restore({ workspaceId, flowId, number: 1, revision });
    expect(restored.revision).toBe(revision + 1);
    const draft = (await api.editor.flow.get({ workspaceId, flowId })).draft as {
      nodes: { id: string; data: unknown }[];
    };
    expect(JSON.stringify(draft.nodes.find((n) => n.id === 'send')!.data)).toContain('pong 1');
    expect(
      (await errorOf(api.editor.version.restore({ workspaceId, flowId, number: 2, revision }))).appCode,
    ).toBe('REVISION_CONFLICT');

    const audits = await services.db
      .select({ action: auditLog.action, actor: auditLog.actorUserId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.targetId, flowId)))
      .orderBy(auditLog.id);
    expect(audits.map((a) => a.action)).toEqual([
      'flow.publish',
      'flow.publish',
      'flow.rollback',
      'flow.unpublish',
      'flow.restore',
    ]);
    expect(audits.every((a) => a.actor === fx.editor.id)).toBe(true);
    expect(audits[2]!.details).toMatchObject({ flowName: 'Rolled', number: 1 });
    // Owners read it through the API; editors may not.
    const page = await api.owner.audit.list({ workspaceId, category: 'publishing' });
    expect(page.entries.some((e) => e.action === 'flow.rollback' && e.actorName === 'Eddie Editor')).toBe(
      true,
    );
    expect((await errorOf(api.editor.audit.list({ workspaceId }))).appCode).toBe('ROLE_REQUIRED');
  });

  it('enforces roles: viewers read history but cannot publish, deploy, unpublish or restore', async () => {
    const { workspaceId, accounts, api } = fx;
    const flowId = await fx.createFlow('Guarded', answer('guard', 'Guarded'));
    await api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.a] });
    const before = await services.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    for (const call of [
      () => api.viewer.flow.publish({ workspaceId, flowId, accountIds: [accounts.a] }),
      () => api.viewer.version.deploy({ workspaceId, flowId, number: 1, accountIds: [accounts.b] }),
      () => api.viewer.version.unpublish({ workspaceId, flowId }),
      () => api.viewer.version.restore({ workspaceId, flowId, number: 1, revision: 1 }),
      () => api.viewer.deployment.setPriority({ workspaceId, accountId: accounts.a, flowId, priority: 5 }),
    ])
      expect((await errorOf(call())).appCode).toBe('ROLE_REQUIRED');
    expect(await services.db.select({ n: sql<number>`count(*)::int` }).from(auditLog)).toEqual(before);
    expect((await api.viewer.version.list({ workspaceId, flowId })).versions).toHaveLength(1);
  });

  it('refuses archived and foreign accounts, and changes nothing', async () => {
    const { workspaceId, accounts, api } = fx;
    const flowId = await fx.createFlow('Picky', answer('pick', 'Picked'));
    const other = await createPublishingFixture(services, 'pub-other');
    const foreign = await errorOf(
      api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.a, other.accounts.a] }),
    );
    expect(foreign.appCode).toBe('ACCOUNT_NOT_FOUND');
    const { id: archived } = await api.editor.account.create({ workspaceId, name: 'Closed', type: 'web' });
    await api.editor.account.archive({ workspaceId, accountId: archived });
    expect(
      (await errorOf(api.editor.flow.publish({ workspaceId, flowId, accountIds: [accounts.a, archived] })))
        .appCode,
    ).toBe('ACCOUNT_ARCHIVED');
    expect(await versionCount(flowId)).toBe(0);
    expect(await fx.send('a', 'p1', 'pick')).toEqual([]);
    // Another workspace cannot read this flow's history.
    expect((await errorOf(other.api.owner.version.list({ workspaceId, flowId }))).appCode).toBe(
      'NOT_A_MEMBER',
    );
    expect(
      (await errorOf(other.api.owner.version.list({ workspaceId: other.workspaceId, flowId }))).appCode,
    ).toBe('FLOW_NOT_FOUND');
  });
});
