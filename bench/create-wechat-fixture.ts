import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { newPublicKey } from '@/server/channels/create-channel';
import { channels } from '@/server/db/schema';
import { type Services } from '@/server/services';

/** What a client of the safe-mode endpoint needs: where to post and how to seal and open messages. */
export interface WeChatFixture {
  /** The Official Account channel's public key: `POST /wechat/<channelKey>`. */
  channelKey: string;
  appId: string;
  token: string;
  encodingAesKey: string;
  /** The account's original id (`gh_…`): the pushes' ToUserName, the replies' FromUserName. */
  accountUserName: string;
  /** The app secret registered with the fake WeChat API server. */
  appSecret: string;
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomText = (length: number) =>
  Array.from(randomBytes(length), (b) => letters[b % letters.length]).join('');

/**
 * A safe-mode Official Account channel (`wechat_mp`, config `{ appId, mode: 'safe', apiBase }`) on
 * the account that carries the webhook channel `webhookChannelKey`, so both endpoints run the same
 * published flow. `apiBase` points at the fake WeChat API server for replies sent through the API.
 */
export async function createWeChatFixture(options: {
  services: Services;
  webhookChannelKey: string;
  apiBase: string;
}): Promise<WeChatFixture> {
  const { services } = options;
  const [webhook] = await services.db
    .select({ workspaceId: channels.workspaceId, accountId: channels.accountId })
    .from(channels)
    .where(eq(channels.publicKey, options.webhookChannelKey));
  if (!webhook) throw new Error('the webhook channel of the runtime fixture is missing');
  const fixture: WeChatFixture = {
    channelKey: newPublicKey(),
    appId: `wx${randomText(16)}`,
    token: randomText(32),
    encodingAesKey: randomText(43),
    accountUserName: 'gh_replyflowbench',
    appSecret: randomText(32),
  };
  await services.db.insert(channels).values({
    workspaceId: webhook.workspaceId,
    accountId: webhook.accountId,
    type: 'wechat_mp',
    name: 'Benchmark Official Account (safe mode)',
    publicKey: fixture.channelKey,
    config: { appId: fixture.appId, mode: 'safe', apiBase: options.apiBase },
    secretsEncrypted: services.secrets.encryptJson({
      token: fixture.token,
      encodingAesKey: fixture.encodingAesKey,
      appSecret: fixture.appSecret,
    }),
  });
  return fixture;
}
