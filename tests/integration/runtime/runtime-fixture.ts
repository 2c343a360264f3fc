import { eq } from 'drizzle-orm';
import { type z } from 'zod';
import { defineExampleDocument } from '@/core/examples/define-example-document';
import { type flowNodeSchema } from '@/core/document/flow-node-schema';
import { createChannel } from '@/server/channels/create-channel';
import { accounts, flows, workspaces } from '@/server/db/schema';
import { publishFlow } from '@/server/flows/publish-flow';
import type { Services } from '@/server/services';

export type NodeInput = z.input<typeof flowNodeSchema>;
export type EdgeInput = [source: string, port: string, target: string];

export const text = (value: string) => ({ kind: 'text' as const, text: value });

/** A flow document from compact nodes and `[source, port, target]` edges. */
export function flowDoc(nodes: NodeInput[], edges: EdgeInput[], variables: { name: string }[] = []) {
  return defineExampleDocument({ document: { variables }, nodes, edges });
}

export interface RuntimeFixture {
  workspaceId: string;
  accountId: string;
  channel: {
    id: string;
    workspaceId: string;
    accountId: string;
    type: 'webhook';
    publicKey: string;
    secret: string;
  };
  /** Sends a text message from `externalId` to the fixture's channel (through `via`, default its services). */
  say(
    externalId: string,
    text: string,
    options?: { channelMessageId?: string; awaitContinuations?: boolean; via?: Services },
  ): ReturnType<Services['runtime']['handleInbound']>;
  /** Creates (or updates the draft of) flow `name` and publishes it to the fixture's account. */
  publish(
    name: string,
    document: unknown,
    options?: { priority?: number },
  ): Promise<{ flowId: string; versionId: string }>;
}

/** A workspace with one account and one webhook channel. */
export async function createRuntimeFixture(
  services: Services,
  account: { sessionTimeoutMinutes?: number; settings?: Record<string, unknown> } = {},
): Promise<RuntimeFixture> {
  const [ws] = await services.db
    .insert(workspaces)
    .values({ name: 'Runtime' })
    .returning({ id: workspaces.id });
  const workspaceId = ws!.id;
  const [acc] = await services.db
    .insert(accounts)
    .values({ workspaceId, name: 'Shop', type: 'web', ...account })
    .returning({ id: accounts.id });
  const accountId = acc!.id;
  const created = await createChannel({ services, workspaceId, accountId, type: 'webhook', name: 'Hook' });
  const flowIds = new Map<string, string>();
  const channel = {
    id: created.channelId,
    workspaceId,
    accountId,
    type: 'webhook' as const,
    publicKey: created.publicKey,
    secret: created.secret!,
  };
  return {
    workspaceId,
    accountId,
    channel,
    say: (externalId, text, options = {}) =>
      (options.via ?? services).runtime.handleInbound({
        channel,
        externalId,
        event: { type: 'text', text },
        ...(options.channelMessageId ? { channelMessageId: options.channelMessageId } : {}),
        ...(options.awaitContinuations ? { awaitContinuations: true } : {}),
      }),
    publish: async (name, document, options = {}) => {
      let flowId = flowIds.get(name);
      if (flowId) await services.db.update(flows).set({ draft: document }).where(eq(flows.id, flowId));
      else {
        const [row] = await services.db
          .insert(flows)
          .values({ workspaceId, name, draft: document })
          .returning({ id: flows.id });
        flowId = row!.id;
        flowIds.set(name, flowId);
      }
      const published = await publishFlow({
        services,
        workspaceId,
        flowId,
        accountIds: [accountId],
        ...options,
      });
      return { flowId, versionId: published.flowVersionId };
    },
  };
}

/** The texts of a turn's replies. */
export const texts = (replies: { message: { kind: string } & Record<string, unknown> }[]) =>
  replies.map((r) => (r.message.kind === 'text' ? (r.message.text as string) : `[${r.message.kind}]`));
