import type { WeChatApp } from './wechat-app';

/**
 * The app's identity among the tokens of one API base (`wechat_access_tokens.app_id`): the AppID of
 * an Official Account, `${corpId}/${agentId}` for a WeCom app (two apps of one corp have their own
 * secrets and tokens). Official Account AppIDs never contain '/', so the two never collide.
 */
export function wechatAppKey(app: Pick<WeChatApp, 'appId' | 'wecomAgentId'>): string {
  return app.wecomAgentId === undefined ? app.appId : `${app.appId}/${app.wecomAgentId}`;
}
