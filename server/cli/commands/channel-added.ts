import type { WeChatMode } from '@/core/channels/wechat-setup-schema';
import type { RuntimeChannelType } from '../../channels/create-channel';

/** What `replyflow channel add` reports (`--json` prints it as is); secrets appear here once only. */
export interface ChannelAdded {
  ok: true;
  channelId: string;
  publicKey: string;
  type: RuntimeChannelType;
  name: string;
  workspace: { id: string; name: string };
  account: { id: string; name: string };
  /** WeChat / WeCom: the callback URL; webhook: the endpoint; web chat: the chat page. */
  url: string;
  token?: string;
  encodingAesKey?: string;
  /** Official Account only: the 消息加解密方式 to pick in its backend. */
  mode?: WeChatMode;
  /**
   * WeChat / WeCom only: whether the AppSecret (WeCom: the app's Secret) was stored, which replies
   * beyond the passive one need, and its last four characters (never the secret).
   */
  appSecret?: { stored: boolean; hint?: string };
  /** Webhook only: the signing secret (stored encrypted, never shown again). */
  signingSecret?: string;
  /** Webhook only: where replies produced after the HTTP response are POSTed. */
  callbackUrl?: string;
}
