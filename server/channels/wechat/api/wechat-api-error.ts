/**
 * How a WeChat API call failed: `api` when WeChat answered with a non-zero `errcode`, otherwise a
 * transport failure (no answer in time, network error, non-2xx status, a body that is not JSON).
 */
export type WeChatApiFailureKind = 'api' | 'timeout' | 'network' | 'http' | 'invalid-response';

/**
 * A failed WeChat API call. `errcode` is WeChat's code for `api` failures and -1 (WeChat's "system
 * busy") for transport failures, so callers can branch on one number; `kind` tells them apart.
 */
export class WeChatApiError extends Error {
  readonly code = 'WECHAT_API_ERROR';
  readonly errcode: number;
  readonly errmsg: string;
  readonly kind: WeChatApiFailureKind;
  /** The API path that failed (no query string: it would carry the token or the app secret). */
  readonly path: string;

  constructor(options: { errcode: number; errmsg: string; kind: WeChatApiFailureKind; path: string }) {
    super(`WeChat API ${options.path} failed: ${options.errcode} ${options.errmsg}`);
    this.name = 'WeChatApiError';
    this.errcode = options.errcode;
    this.errmsg = options.errmsg;
    this.kind = options.kind;
    this.path = options.path;
  }
}
