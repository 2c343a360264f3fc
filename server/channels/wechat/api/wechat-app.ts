/**
 * The credentials of one app and the API it talks to: an Official Account app, or a WeCom
 * (企业微信) self-built app when `wecomAgentId` is set.
 */
export interface WeChatApp {
  /** The Official Account's AppID, or the WeCom CorpID. */
  appId: string;
  /** The Official Account's AppSecret, or the WeCom app's Secret. */
  appSecret: string;
  /**
   * `https://api.weixin.qq.com` (Official Account) or `https://qyapi.weixin.qq.com` (WeCom) in
   * production; a fake server's URL in tests (no trailing slash).
   */
  apiBase: string;
  /** Set for a WeCom self-built app: its AgentID. Each WeCom app has its own secret and token. */
  wecomAgentId?: string;
}
