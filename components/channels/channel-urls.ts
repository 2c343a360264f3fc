/** Size of the inline chat frame in the iframe snippet. */
const FRAME_STYLE = 'width:380px;height:600px;border:0';

export interface ChannelUrls {
  /** The hosted web chat page. */
  chatPage: string;
  /** The webhook endpoint. */
  endpoint: string;
  /** The chat bubble: a script tag for any page. */
  scriptSnippet: string;
  /** The chat page in an inline frame. */
  iframeSnippet: string;
  /** An Official Account's server URL (公众号后台 → 基本配置 → 服务器配置 → URL). */
  wechatCallback: string;
  /** A WeCom app's callback URL (应用管理 → 接收消息 → 设置API接收 → URL). */
  wecomCallback: string;
}

/**
 * The public addresses of a channel, as the people installing it copy them. `publicKey` is base64url
 * (server/channels/create-channel.ts), so it needs no escaping inside URLs or HTML attributes.
 */
export function channelUrls(origin: string, publicKey: string): ChannelUrls {
  const chatPage = `${origin}/chat/${publicKey}`;
  return {
    chatPage,
    endpoint: `${origin}/hooks/${publicKey}`,
    scriptSnippet: `<script src="${origin}/embed.js" data-channel="${publicKey}" async></script>`,
    iframeSnippet: `<iframe src="${chatPage}" style="${FRAME_STYLE}"></iframe>`,
    wechatCallback: `${origin}/wechat/${publicKey}`,
    wecomCallback: `${origin}/wecom/${publicKey}`,
  };
}
