/** The credentials of one Official Account app, and the API it talks to. */
export interface WeChatApp {
  appId: string;
  appSecret: string;
  /** `https://api.weixin.qq.com` in production; a fake server's URL in tests (no trailing slash). */
  apiBase: string;
}
