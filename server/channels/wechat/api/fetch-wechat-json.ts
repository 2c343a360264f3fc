import { WeChatApiError } from './wechat-api-error';

export type FetchFn = typeof fetch;

export interface FetchWeChatJsonOptions {
  fetch: FetchFn;
  /** Full URL including the query string (token or secret). */
  url: string;
  /** The API path, for errors (never the URL: it carries credentials). */
  path: string;
  /** POSTs this value as JSON (a FormData as multipart/form-data); GET when absent. */
  body?: unknown;
  timeoutMs: number;
}

/** A WeChat JSON answer: an object whose `errcode`, when present, is 0. */
export type WeChatJson = Record<string, unknown>;

const transport = (path: string, kind: 'timeout' | 'network' | 'http' | 'invalid-response', errmsg: string) =>
  new WeChatApiError({ errcode: -1, errmsg, kind, path });

/**
 * One request to the WeChat API with a deadline. Resolves with the JSON object when WeChat reports
 * success (`errcode` absent or 0); throws `WeChatApiError` for any failure, never retries.
 */
export async function fetchWeChatJson(options: FetchWeChatJsonOptions): Promise<WeChatJson> {
  const { path } = options;
  let response: Response;
  let text: string;
  try {
    const form = options.body instanceof FormData ? options.body : null;
    response = await options.fetch(options.url, {
      method: options.body === undefined ? 'GET' : 'POST',
      headers:
        options.body === undefined || form ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
      throw transport(path, 'timeout', `no answer within ${options.timeoutMs} ms`);
    throw transport(path, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw transport(path, 'http', `HTTP ${response.status}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw transport(path, 'invalid-response', 'the answer is not JSON');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw transport(path, 'invalid-response', 'the answer is not a JSON object');
  const result = json as WeChatJson;
  const errcode = result.errcode;
  if (errcode === undefined || errcode === 0) return result;
  throw new WeChatApiError({
    errcode: typeof errcode === 'number' ? errcode : -1,
    errmsg: typeof result.errmsg === 'string' ? result.errmsg : '',
    kind: 'api',
    path,
  });
}
