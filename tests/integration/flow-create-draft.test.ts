import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyFlowDocument, exampleFlows } from '@/core';
import type { SessionUser } from '@/server/api/trpc';
import { addMember, callerFor, signUpUser } from './helpers/actors';
import { createTestServices, type TestServices } from './helpers/test-services';

let services: TestServices;
let editor: SessionUser;
let viewer: SessionUser;
let workspaceId: string;

beforeAll(async () => {
  services = await createTestServices();
  const owner = await signUpUser(services, { email: 'fcd-owner@example.com' });
  editor = await signUpUser(services, { email: 'fcd-editor@example.com' });
  viewer = await signUpUser(services, { email: 'fcd-viewer@example.com' });
  const ownerApi = callerFor(services, owner);
  workspaceId = (await ownerApi.workspace.create({ name: 'Templates' })).id;
  await addMember(services, { owner, workspaceId, user: editor, role: 'editor' });
  await addMember(services, { owner, workspaceId, user: viewer, role: 'viewer' });
});
afterAll(async () => {
  await services?.cleanup();
});

describe('flow.create with a draft', () => {
  it('stores a template document as the draft', async () => {
    const api = callerFor(services, editor);
    const template = exampleFlows[1]!;
    const flow = await api.flow.create({ workspaceId, name: template.name.en, draft: template.document });
    expect(flow.revision).toBe(1);
    const stored = await api.flow.get({ workspaceId, flowId: flow.id });
    expect(stored.name).toBe(template.name.en);
    expect(stored.draft).toEqual(template.document);
  });

  it('keeps creating an empty draft without one', async () => {
    const api = callerFor(services, editor);
    const flow = await api.flow.create({ workspaceId, name: 'Blank' });
    expect((await api.flow.get({ workspaceId, flowId: flow.id })).draft).toEqual(createEmptyFlowDocument());
  });

  it('refuses an invalid draft with precise issue paths and creates nothing', async () => {
    const api = callerFor(services, editor);
    const before = await api.flow.list({ workspaceId });
    const valid = exampleFlows[0]!.document;
    const broken = {
      ...valid,
      nodes: valid.nodes.map((node, index) =>
        index === 1
          ? { ...node, type: 'no-such-node' }
          : index === 2
            ? { ...node, position: { x: 'left', y: 0 } }
            : node,
      ),
    };
    const error = await api.flow.create({ workspaceId, name: 'Broken', draft: broken }).then(
      () => null,
      (e: unknown) => e as { appCode?: string; details?: { issues?: { path: string; message: string }[] } },
    );
    expect(error?.appCode).toBe('INVALID_FLOW_DOCUMENT');
    expect(error?.details?.issues?.map((issue) => issue.path).sort()).toEqual([
      'nodes.1.type',
      'nodes.2.position.x',
    ]);

    await expect(
      api.flow.create({ workspaceId, name: 'Not a document', draft: 'hello' }),
    ).rejects.toMatchObject({
      appCode: 'INVALID_FLOW_DOCUMENT',
      details: { issues: [{ path: '', message: 'a flow document must be a JSON object' }] },
    });
    expect(await api.flow.list({ workspaceId })).toEqual(before);
  });

  it('refuses viewers', async () => {
    await expect(
      callerFor(services, viewer).flow.create({
        workspaceId,
        name: 'Sneaky',
        draft: exampleFlows[0]!.document,
      }),
    ).rejects.toMatchObject({ appCode: 'ROLE_REQUIRED' });
    const names = (await callerFor(services, viewer).flow.list({ workspaceId })).map((f) => f.name);
    expect(names).not.toContain('Sneaky');
  });
});
