import { fetchWeChatJson, type FetchFn } from './fetch-wechat-json';
import { WeChatApiError } from './wechat-api-error';
import type { WeChatApp } from './wechat-app';

/** The Official Account token endpoint. */
export const TOKEN_PATH = '/cgi-bin/token';
/** The WeCom token endpoint (`corpid` + the app's `corpsecret`). */
export const WECOM_TOKEN_PATH = '/cgi-bin/gettoken';

/** The endpoint and query that ask for the app's token (the query carries the secret). */
function tokenRequest(app: WeChatApp): { path: string; query: URLSearchParams } {
  if (app.wecomAgentId !== undefined)
    return {
      path: WECOM_TOKEN_PATH,
      query: new URLSearchParams({ corpid: app.appId, corpsecret: app.appSecret }),
    };
  return {
    path: TOKEN_PATH,
    query: new URLSearchParams({ grant_type: 'client_credential', appid: app.appId, secret: app.appSecret }),
  };
}

/**
 * Asks WeChat (or WeCom, for an app with `wecomAgentId`) for a new access_token, which for an
 * Official Account invalidates the app's previous one after a short grace. Throws `WeChatApiError`
 * on any failure, including an answer without a usable token; its `path` never carries the query.
 */
export async function fetchAccessToken(options: {
  app: WeChatApp;
  fetch: FetchFn;
  timeoutMs: number;
}): Promise<{ token: string; expiresInSeconds: number }> {
  const { path, query } = tokenRequest(options.app);
  const json = await fetchWeChatJson({
    fetch: options.fetch,
    url: `${options.app.apiBase}${path}?${query}`,
    path,
    timeoutMs: options.timeoutMs,
  });
  const token = json.access_token;
  const expiresIn = json.expires_in;
  if (typeof token !== 'string' || token === '' || typeof expiresIn !== 'number' || !(expiresIn > 0)) {
    throw new WeChatApiError({
      errcode: -1,
      errmsg: 'the answer has no access_token or expires_in',
      kind: 'invalid-response',
      path,
    });
  }
  return { token, expiresInSeconds: expiresIn };
}
