import { eq } from 'drizzle-orm';
import { accounts, channels } from '../db/schema';
import type { Db } from '../db/client';
import type { SecretBox } from '../security/secret-box';

/** What the hot path needs to know about a channel, resolved from its public key. */
export interface ResolvedChannel {
  id: string;
  publicKey: string;
  workspaceId: string;
  accountId: string;
  type: 'wechat_mp' | 'wecom' | 'webchat' | 'webhook';
  enabled: boolean;
  config: Record<string, unknown>;
  /** Decrypted secrets (webhook: `signingSecret`); never leaves the server. */
  secrets: Record<string, string>;
  account: { name: string; avatarUrl: string | null; defaultLocale: string; archived: boolean };
}

const TTL_MS = 5_000;

/**
 * Channel lookups by public key, cached for a few seconds (also misses, so a flood of unknown keys
 * does not reach the database). A disabled channel or a rotated secret takes effect within TTL_MS.
 */
export class ChannelDirectory {
  private readonly cache = new Map<string, { at: number; value: Promise<ResolvedChannel | null> }>();

  constructor(private readonly deps: { db: Db; secrets: SecretBox }) {}

  resolve(publicKey: string): Promise<ResolvedChannel | null> {
    const now = Date.now();
    const hit = this.cache.get(publicKey);
    if (hit && now - hit.at < TTL_MS) return hit.value;
    const value = this.load(publicKey).catch((error: unknown) => {
      this.cache.delete(publicKey);
      throw error;
    });
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(publicKey, { at: now, value });
    return value;
  }

  /** Forget cached entries (after a channel is changed in this process). */
  invalidate(publicKey?: string): void {
    if (publicKey) this.cache.delete(publicKey);
    else this.cache.clear();
  }

  private async load(publicKey: string): Promise<ResolvedChannel | null> {
    const [row] = await this.deps.db
      .select({
        id: channels.id,
        publicKey: channels.publicKey,
        workspaceId: channels.workspaceId,
        accountId: channels.accountId,
        type: channels.type,
        enabled: channels.enabled,
        config: channels.config,
        secretsEncrypted: channels.secretsEncrypted,
        accountName: accounts.name,
        avatarUrl: accounts.avatarUrl,
        defaultLocale: accounts.defaultLocale,
        archivedAt: accounts.archivedAt,
      })
      .from(channels)
      .innerJoin(accounts, eq(accounts.id, channels.accountId))
      .where(eq(channels.publicKey, publicKey));
    if (!row) return null;
    const secrets = row.secretsEncrypted ? this.deps.secrets.decryptJson(row.secretsEncrypted) : {};
    return {
      id: row.id,
      publicKey: row.publicKey,
      workspaceId: row.workspaceId,
      accountId: row.accountId,
      type: row.type,
      enabled: row.enabled,
      config: (row.config ?? {}) as Record<string, unknown>,
      secrets,
      account: {
        name: row.accountName,
        avatarUrl: row.avatarUrl,
        defaultLocale: row.defaultLocale,
        archived: row.archivedAt !== null,
      },
    };
  }
}
