import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { accounts, channels } from '../db/schema';
import { AppError } from '../api/app-error';
import type { Services } from '../services';
import type { WeChatChannelRecord } from './wechat/wechat-channel-record';

export type RuntimeChannelType = 'webchat' | 'webhook' | 'wechat_mp' | 'wecom';

export interface CreateChannelOptions {
  services: Services;
  workspaceId: string;
  accountId: string;
  type: RuntimeChannelType;
  name: string;
  /** Non-secret configuration (webhook: `callbackUrl` for replies produced after the response). */
  config?: Record<string, unknown>;
  /** Fixed public key (the seeded demo only); otherwise an unguessable one is generated. */
  publicKey?: string;
  /** WeChat / WeCom channels: their settings (wechatChannelRecord); required for those types. */
  wechat?: WeChatChannelRecord;
}

export interface CreatedChannel {
  channelId: string;
  publicKey: string;
  /** The webhook signing secret, returned once at creation (stored encrypted, never shown again). */
  secret: string | null;
}

/** A fresh public key for callback URLs: 16 random bytes, base64url (22 characters). */
export function newPublicKey(): string {
  return randomBytes(16).toString('base64url');
}

/** A fresh webhook signing secret: `whsec_` + 32 random bytes, base64url. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * The last four characters of a secret, kept in the channel's (non-secret) config so the UI can show
 * which secret is in use (`••••••••a1B2`) without ever sending it again.
 */
export function secretHint(secret: string): string {
  return secret.slice(-4);
}

/**
 * Adds a channel to an account of the workspace. Webhook channels get a signing secret, WeChat and
 * WeCom channels keep their token, AES key and app secret: all encrypted at rest. Web chat visitor
 * tokens are signed with a key derived from the master key.
 */
export async function createChannel(options: CreateChannelOptions): Promise<CreatedChannel> {
  const { services, workspaceId, accountId, type } = options;
  const [account] = await services.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), eq(accounts.workspaceId, workspaceId)));
  if (!account) throw new AppError('ACCOUNT_NOT_FOUND', 'Account not found.');
  const isWeChat = type === 'wechat_mp' || type === 'wecom';
  if (isWeChat !== (options.wechat !== undefined))
    throw new Error('WeChat and WeCom channels need their settings (and only they do)');
  const secret = type === 'webhook' ? newWebhookSecret() : null;
  const publicKey = options.publicKey ?? newPublicKey();
  const secrets = options.wechat?.secrets ?? (secret ? { signingSecret: secret } : null);
  const [row] = await services.db
    .insert(channels)
    .values({
      workspaceId,
      accountId,
      type,
      name: options.name,
      publicKey,
      config: {
        ...options.config,
        ...options.wechat?.config,
        ...(secret ? { secretHint: secretHint(secret) } : {}),
      },
      secretsEncrypted: secrets ? services.secrets.encryptJson(secrets) : null,
    })
    .returning({ id: channels.id });
  return { channelId: row!.id, publicKey, secret };
}
