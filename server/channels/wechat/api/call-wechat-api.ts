import type { AccessTokenStore } from './access-token-store';
import { fetchWeChatJson, type WeChatJson } from './fetch-wechat-json';
import { WeChatApiError } from './wechat-api-error';
import type { WeChatApp } from './wechat-app';

/**
 * Answers meaning "this token is not (or no longer) the app's live token": Official Account 40001,
 * 42001, 40014; WeCom 40014 (invalid) and 42001 (expired).
 */
export const TOKEN_REJECTED_ERRCODES: readonly number[] = [40001, 42001, 40014];

export interface CallWeChatApiOptions {
  /** Supplies tokens and the HTTP client (fetch, deadline). */
  store: Pick<AccessTokenStore, 'getToken' | 'fetch' | 'timeoutMs'>;
  app: WeChatApp;
  /** An API path such as `/cgi-bin/message/custom/send` (WeCom: `/cgi-bin/message/send`). */
  path: string;
  /** Sent as JSON, or as multipart/form-data when a FormData (uploads). */
  body: unknown;
  /** More query parameters after the token (e.g. `type=image` for an upload). */
  query?: Record<string, string>;
}

/**
 * POSTs `body` to `{apiBase}{path}?access_token=…` and returns WeChat's JSON on success. When WeChat
 * rejects the token (40001, 42001, 40014), the token is refreshed once and the call retried once; a
 * second rejection, any other errcode and any transport failure throw `WeChatApiError` unretried
 * (the caller's delivery queue decides about later attempts).
 */
export async function callWeChatApi(options: CallWeChatApiOptions): Promise<WeChatJson> {
  const { store, app, path, body } = options;
  const more = new URLSearchParams(options.query ?? {}).toString();
  const attempt = (token: string) =>
    fetchWeChatJson({
      fetch: store.fetch,
      url: `${app.apiBase}${path}?access_token=${encodeURIComponent(token)}${more ? `&${more}` : ''}`,
      path,
      body,
      timeoutMs: store.timeoutMs,
    });
  const token = await store.getToken(app);
  try {
    return await attempt(token);
  } catch (error) {
    if (!(error instanceof WeChatApiError && TOKEN_REJECTED_ERRCODES.includes(error.errcode))) throw error;
    return attempt(await store.getToken({ ...app, forceRefreshOf: token }));
  }
}
