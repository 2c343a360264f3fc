import { fetchWeChatJson, type FetchFn } from './fetch-wechat-json';
import { WeChatApiError } from './wechat-api-error';
import type { WeChatApp } from './wechat-app';

export const TOKEN_PATH = '/cgi-bin/token';

/**
 * Asks WeChat for a new access_token (which invalidates the app's previous one after a short grace).
 * Throws `WeChatApiError` on any failure, including an answer without a usable token.
 */
export async function fetchAccessToken(options: {
  app: WeChatApp;
  fetch: FetchFn;
  timeoutMs: number;
}): Promise<{ token: string; expiresInSeconds: number }> {
  const { app } = options;
  const query = new URLSearchParams({
    grant_type: 'client_credential',
    appid: app.appId,
    secret: app.appSecret,
  });
  const json = await fetchWeChatJson({
    fetch: options.fetch,
    url: `${app.apiBase}${TOKEN_PATH}?${query}`,
    path: TOKEN_PATH,
    timeoutMs: options.timeoutMs,
  });
  const token = json.access_token;
  const expiresIn = json.expires_in;
  if (typeof token !== 'string' || token === '' || typeof expiresIn !== 'number' || !(expiresIn > 0)) {
    throw new WeChatApiError({
      errcode: -1,
      errmsg: 'the answer has no access_token or expires_in',
      kind: 'invalid-response',
      path: TOKEN_PATH,
    });
  }
  return { token, expiresInSeconds: expiresIn };
}
