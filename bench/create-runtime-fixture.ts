import { createChannel } from '@/server/channels/create-channel';
import { accounts, flows, workspaces } from '@/server/db/schema';
import { publishFlow } from '@/server/flows/publish-flow';
import { type Services } from '@/server/services';
import { benchFlowDocument } from './runtime-flow';

export interface RuntimeFixture {
  /** The webhook channel's public key: `POST /hooks/<channelKey>`. */
  channelKey: string;
  signingSecret: string;
}

/** A workspace with one web account, the benchmark flow published on it and a webhook channel. */
export async function createRuntimeFixture(services: Services): Promise<RuntimeFixture> {
  const [workspace] = await services.db
    .insert(workspaces)
    .values({ name: 'Runtime benchmark' })
    .returning({ id: workspaces.id });
  const workspaceId = workspace!.id;
  const [account] = await services.db
    .insert(accounts)
    .values({ workspaceId, name: 'Benchmark bot', type: 'web', defaultLocale: 'en' })
    .returning({ id: accounts.id });
  const accountId = account!.id;
  const [flow] = await services.db
    .insert(flows)
    .values({ workspaceId, name: 'Price and signup', draft: benchFlowDocument })
    .returning({ id: flows.id });
  await publishFlow({ services, workspaceId, flowId: flow!.id, accountIds: [accountId] });
  const channel = await createChannel({
    services,
    workspaceId,
    accountId,
    type: 'webhook',
    name: 'Benchmark',
  });
  if (!channel.secret) throw new Error('a webhook channel must come with a signing secret');
  return { channelKey: channel.publicKey, signingSecret: channel.secret };
}
