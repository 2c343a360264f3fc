import type { RawSql } from '@/server/db/raw-sql';
import type { SecretBox } from '@/server/security/secret-box';
import { AccessTokenStore } from '../api/access-token-store';
import type { FetchFn } from '../api/fetch-wechat-json';
import { deliverWeChatOutbox, type WeChatDeliveryOutcome } from './deliver-wechat-outbox';
import { sendTyping } from './send-typing';
import { wechatDeliverySql } from './wechat-delivery-sql';

export interface WeChatDeliveryOptions {
  raw: RawSql;
  secrets: SecretBox;
  /** API bases allowed besides WeChat's own (the config's array, read at each delivery). */
  allowedApiBases: readonly string[];
  fetch?: FetchFn;
  now?: () => number;
  /** Starts a delivery in the background (the runtime's deliverSoon). */
  kick?: (outboxId: string) => void;
}

/**
 * The runtime's outbound side for WeChat and WeCom channels: one shared access-token store, the
 * outbox delivery through the customer-service / app message API, and the typing indicator.
 */
export class WeChatDelivery {
  readonly tokens: AccessTokenStore;

  constructor(private readonly deps: WeChatDeliveryOptions) {
    this.tokens = new AccessTokenStore({
      raw: deps.raw,
      secrets: deps.secrets,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      ...(deps.now ? { now: deps.now } : {}),
    });
  }

  deliver(outboxId: string): Promise<WeChatDeliveryOutcome> {
    const { raw, secrets, allowedApiBases, now, kick } = this.deps;
    return deliverWeChatOutbox(
      {
        raw,
        secrets,
        tokens: this.tokens,
        allowedApiBases,
        ...(now ? { now } : {}),
        ...(kick ? { kick } : {}),
      },
      outboxId,
    );
  }

  /** Deliveries stalled without a job or kick to move them (see wechatDeliverySql.stalled). */
  async stalled(limit = 100): Promise<string[]> {
    const rows = await this.deps.raw.query<{ id: string }>(wechatDeliverySql.stalled, [limit]);
    return rows.map((r) => r.id);
  }

  typing(conversationId: string, command: 'Typing' | 'CancelTyping'): Promise<boolean> {
    const { raw, secrets, allowedApiBases } = this.deps;
    return sendTyping({ raw, secrets, tokens: this.tokens, allowedApiBases, conversationId, command });
  }
}
