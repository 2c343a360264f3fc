import type { RawSql } from '@/server/db/raw-sql';
import type { SecretBox } from '@/server/security/secret-box';
import type { AccessTokenStore } from '../api/access-token-store';
import { callWeChatApi } from '../api/call-wechat-api';
import { senderOf, type DeliveryTarget } from './sender-of';
import { wechatDeliverySql as SQL } from './wechat-delivery-sql';

/**
 * Shows (or cancels) "typing…" to an Official Account contact while an HTTP request node runs
 * (`/cgi-bin/message/custom/typing`). Other channels, channels that cannot send (no AppSecret, an API
 * base not allowed) and every failure are ignored: the indicator is a courtesy, never a reason to
 * fail a turn. Never throws; true when WeChat took it.
 */
export async function sendTyping(options: {
  raw: RawSql;
  secrets: SecretBox;
  tokens: AccessTokenStore;
  allowedApiBases: readonly string[];
  conversationId: string;
  command: 'Typing' | 'CancelTyping';
}): Promise<boolean> {
  try {
    const [target] = await options.raw.query<DeliveryTarget>(SQL.target, [options.conversationId]);
    if (!target || target.type !== 'wechat_mp') return false;
    const sender = senderOf({ target, secrets: options.secrets, allowedApiBases: options.allowedApiBases });
    if ('error' in sender) return false;
    await callWeChatApi({
      store: options.tokens,
      app: sender.app,
      path: '/cgi-bin/message/custom/typing',
      body: { touser: target.external_id, command: options.command },
    });
    return true;
  } catch {
    return false;
  }
}
