import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyFlowDocument, exampleFlows } from '@/core';
import type { SessionUser } from '@/server/api/trpc';
import { callerFor, signUpUser } from './helpers/actors';
import { createTestServices, type TestServices } from './helpers/test-services';

let services: TestServices;
let editor: SessionUser;
let workspaceId: string;

beforeAll(async () => {
  services = await createTestServices();
  editor = await signUpUser(services, { email: 'editor@example.com' });
  workspaceId = (await callerFor(services, editor).workspace.create({ name: 'Shop' })).id;
});
afterAll(async () => {
  await services?.cleanup();
});

describe('flows', () => {
  it('creates, renames, duplicates and deletes a flow', async () => {
    const api = callerFor(services, editor);
    const flow = await api.flow.create({ workspaceId, name: '  Order FAQ  ', description: 'Answers' });
    expect(flow.name).toBe('Order FAQ');
    await api.flow.rename({ workspaceId, flowId: flow.id, name: 'Orders' });
    const copy = await api.flow.duplicate({ workspaceId, flowId: flow.id });
    expect(copy.name).toBe('Orders (copy)');
    const original = await api.flow.get({ workspaceId, flowId: flow.id });
    const duplicated = await api.flow.get({ workspaceId, flowId: copy.id });
    expect(duplicated.draft).toEqual(original.draft);

    await api.flow.delete({ workspaceId, flowId: flow.id });
    const names = (await api.flow.list({ workspaceId })).map((f) => f.name);
    expect(names).toEqual(['Orders (copy)']);
    await expect(api.flow.get({ workspaceId, flowId: flow.id })).rejects.toMatchObject({
      appCode: 'FLOW_NOT_FOUND',
    });
    await expect(api.flow.rename({ workspaceId, flowId: flow.id, name: 'x' })).rejects.toMatchObject({
      appCode: 'FLOW_NOT_FOUND',
    });
  });

  it('refuses an empty name and changes nothing', async () => {
    const api = callerFor(services, editor);
    const flow = await api.flow.create({ workspaceId, name: 'Keep me' });
    await expect(api.flow.rename({ workspaceId, flowId: flow.id, name: '   ' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await api.flow.get({ workspaceId, flowId: flow.id })).name).toBe('Keep me');
  });

  it('saves drafts with optimistic concurrency', async () => {
    const api = callerFor(services, editor);
    const flow = await api.flow.create({ workspaceId, name: 'Concurrent' });
    const draft = exampleFlows[0]!.document;
    const saved = await api.flow.saveDraft({ workspaceId, flowId: flow.id, revision: flow.revision, draft });
    expect(saved.revision).toBe(flow.revision + 1);

    // A second tab still based on the old revision must not overwrite the first save.
    const stale = createEmptyFlowDocument();
    await expect(
      api.flow.saveDraft({ workspaceId, flowId: flow.id, revision: flow.revision, draft: stale }),
    ).rejects.toMatchObject({ appCode: 'REVISION_CONFLICT', details: { currentRevision: saved.revision } });
    expect((await api.flow.get({ workspaceId, flowId: flow.id })).draft).toEqual(draft);
  });

  it('refuses an invalid draft and keeps the stored one', async () => {
    const api = callerFor(services, editor);
    const flow = await api.flow.create({ workspaceId, name: 'Strict' });
    const before = await api.flow.get({ workspaceId, flowId: flow.id });
    await expect(
      api.flow.saveDraft({
        workspaceId,
        flowId: flow.id,
        revision: flow.revision,
        draft: { ...createEmptyFlowDocument(), nodes: [{ id: 'n1', type: 'no-such-node' }] },
      }),
    ).rejects.toMatchObject({ appCode: 'INVALID_FLOW_DOCUMENT' });
    const after = await api.flow.get({ workspaceId, flowId: flow.id });
    expect(after.draft).toEqual(before.draft);
    expect(after.revision).toBe(before.revision);
  });

  it('never shows one workspace the flows of another', async () => {
    const other = await signUpUser(services, { email: 'other@example.com' });
    const otherApi = callerFor(services, other);
    const otherWs = (await otherApi.workspace.create({ name: 'Other' })).id;
    const secret = await otherApi.flow.create({ workspaceId: otherWs, name: 'Secret' });
    // A member of `workspaceId` naming a flow id of another workspace finds nothing.
    await expect(
      callerFor(services, editor).flow.get({ workspaceId, flowId: secret.id }),
    ).rejects.toMatchObject({ appCode: 'FLOW_NOT_FOUND' });
  });
});
