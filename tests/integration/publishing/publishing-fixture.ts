import { type InboundEvent } from '@/core';
import type { SessionUser } from '@/server/api/trpc';
import { createChannel } from '@/server/channels/create-channel';
import type { Services } from '@/server/services';
import { addMember, callerFor, signUpUser } from '../helpers/actors';

export interface PublishingFixture {
  workspaceId: string;
  owner: SessionUser;
  editor: SessionUser;
  viewer: SessionUser;
  /** Two accounts, each with a webhook channel. */
  accounts: { a: string; b: string };
  api: {
    owner: ReturnType<typeof callerFor>;
    editor: ReturnType<typeof callerFor>;
    viewer: ReturnType<typeof callerFor>;
  };
  /** Creates a flow with `draft` as the editor. */
  createFlow(name: string, draft: unknown): Promise<string>;
  /** Replaces a flow's draft as the editor (the revision is read first). */
  saveDraft(flowId: string, draft: unknown): Promise<number>;
  /** Sends an event from `externalId` to an account's channel; resolves to the reply texts. */
  send(account: 'a' | 'b', externalId: string, event: InboundEvent | string): Promise<string[]>;
}

/** A workspace (owner, editor, viewer) with two accounts, each reachable through a webhook channel. */
export async function createPublishingFixture(services: Services, tag: string): Promise<PublishingFixture> {
  const owner = await signUpUser(services, { email: `${tag}-owner@example.com`, name: 'Olive Owner' });
  const editor = await signUpUser(services, { email: `${tag}-editor@example.com`, name: 'Eddie Editor' });
  const viewer = await signUpUser(services, { email: `${tag}-viewer@example.com`, name: 'Vera Viewer' });
  const ownerApi = callerFor(services, owner);
  const { id: workspaceId } = await ownerApi.workspace.create({ name: `Publishing ${tag}` });
  await addMember(services, { owner, workspaceId, user: editor, role: 'editor' });
  await addMember(services, { owner, workspaceId, user: viewer, role: 'viewer' });
  const editorApi = callerFor(services, editor);
  const channels: Record<'a' | 'b', Parameters<Services['runtime']['handleInbound']>[0]['channel']> =
    {} as never;
  const accounts = { a: '', b: '' };
  for (const key of ['a', 'b'] as const) {
    const { id } = await editorApi.account.create({
      workspaceId,
      name: key === 'a' ? 'Shop A' : 'Shop B',
      type: 'web',
    });
    accounts[key] = id;
    const created = await createChannel({
      services,
      workspaceId,
      accountId: id,
      type: 'webhook',
      name: 'Hook',
    });
    channels[key] = {
      id: created.channelId,
      workspaceId,
      accountId: id,
      type: 'webhook',
      publicKey: created.publicKey,
      secret: created.secret!,
    } as never;
  }
  return {
    workspaceId,
    owner,
    editor,
    viewer,
    accounts,
    api: { owner: ownerApi, editor: editorApi, viewer: callerFor(services, viewer) },
    createFlow: async (name, draft) => (await editorApi.flow.create({ workspaceId, name, draft })).id,
    saveDraft: async (flowId, draft) => {
      const { revision } = await editorApi.flow.get({ workspaceId, flowId });
      return (await editorApi.flow.saveDraft({ workspaceId, flowId, revision, draft })).revision;
    },
    send: async (account, externalId, event) => {
      const outcome = await services.runtime.handleInbound({
        channel: channels[account],
        externalId,
        event: typeof event === 'string' ? { type: 'text', text: event } : event,
      });
      return outcome.replies.map((r) =>
        r.message.kind === 'text' ? (r.message as { text: string }).text : `[${r.message.kind}]`,
      );
    },
  };
}
