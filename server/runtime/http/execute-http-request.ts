import http from 'node:http';
import https from 'node:https';
import { type LookupFunction } from 'node:net';
import { checkOutboundUrl, type OutboundLookup } from './check-outbound-url';

export type HttpRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body: string | null;
  timeoutMs: number;
};

/** `status` is 0 exactly when `error` is set: no HTTP response was obtained or it was refused. */
export type HttpResult = { status: number; body: unknown; error: string | null; durationMs: number };

const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

/**
 * Headers an author may not set: hop-by-hop ones and those the client computes itself. Also
 * accept-encoding, so the server answers uncompressed: the body is read as text and never inflated.
 */
const STRIPPED_HEADERS = new Set([
  'host',
  'content-length',
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'accept-encoding',
]);

/** A failure whose message is already fit to show the flow author. */
class RequestFailure extends Error {
  /** Whether trying again later may succeed (a timeout, a dropped connection; not an oversized body). */
  constructor(
    message: string,
    readonly retryable = true,
  ) {
    super(message);
  }
}

type RawResponse = { status: number; bytes: Buffer; contentType: string };

/** Sends the request to the vetted address only; rejects on network error, abort or oversize. */
function send(options: {
  url: URL;
  address: string;
  family: 4 | 6;
  request: HttpRequest;
  maxResponseBytes: number;
  signal: AbortSignal;
}): Promise<RawResponse> {
  const { url, address, family, request, maxResponseBytes, signal } = options;
  // Net asks with `all: true` when happy-eyeballs is on; either way it gets the vetted address.
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (!STRIPPED_HEADERS.has(name.toLowerCase())) headers[name] = value;
  }
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'user-agent')) {
    headers['user-agent'] = 'ReplyFlow';
  }
  if (request.body !== null) headers['content-length'] = String(Buffer.byteLength(request.body));
  else if (request.method !== 'GET' && request.method !== 'DELETE') headers['content-length'] = '0';

  return new Promise<RawResponse>((resolve, reject) => {
    const tooLarge = new RequestFailure(
      `The response from ${url.host} is larger than ${maxResponseBytes} bytes.`,
      false,
    );
    // The URL keeps the original hostname, so the Host header and TLS SNI name it, not the address.
    // No agent: a pooled socket could have been connected by code that did not vet the address.
    const req = (url.protocol === 'https:' ? https : http).request(url, {
      method: request.method,
      headers,
      lookup: pinnedLookup,
      agent: false,
    });
    let response: http.IncomingMessage | undefined;
    const fail = (error: Error) => {
      reject(error);
      response?.destroy();
      req.destroy();
    };
    const onAbort = () => fail(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('close', () => signal.removeEventListener('abort', onAbort));
    req.on('error', reject);
    req.on('response', (res) => {
      response = res;
      if (Number(res.headers['content-length']) > maxResponseBytes) return fail(tooLarge);
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxResponseBytes) fail(tooLarge);
        else chunks.push(chunk);
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          bytes: Buffer.concat(chunks),
          contentType: String(res.headers['content-type'] ?? ''),
        }),
      );
      res.on('error', reject);
      res.on('close', () => {
        if (!res.complete) reject(new RequestFailure(`The connection to ${url.host} closed mid-response.`));
      });
    });
    req.end(request.body ?? undefined);
  });
}

/** JSON when the text parses as JSON (whatever the content type says), else the text itself. */
function parseBody(bytes: Buffer): unknown {
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The outcome of one vetted exchange: the raw response, or why there is none (fit to show). */
type Exchange = { ok: true; response: RawResponse } | { ok: false; error: string; retryable: boolean };

/**
 * One request to a vetted address (checkOutboundUrl), bounded by `timeoutMs` from DNS to the last
 * body byte and by `maxResponseBytes`. Never throws.
 */
async function exchange(options: {
  request: HttpRequest;
  allowlist: readonly string[];
  lookup?: OutboundLookup;
  maxResponseBytes: number;
}): Promise<Exchange> {
  const { request } = options;
  if (!(request.timeoutMs > 0))
    return { ok: false, error: 'The timeout must be a positive number of milliseconds.', retryable: false };
  const host = hostOf(request.url);
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(new RequestFailure(`The request to ${host} timed out after ${request.timeoutMs} ms.`)),
    request.timeoutMs,
  );
  const timedOut = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error));
  });
  timedOut.catch(() => undefined); // observed through Promise.race; unobserved once settled

  try {
    const check = await Promise.race([
      checkOutboundUrl({ url: request.url, allowlist: options.allowlist, lookup: options.lookup }),
      timedOut,
    ]);
    // A refused address stays refused; a name that did not resolve may resolve later.
    if (!check.ok) return { ok: false, error: check.message, retryable: check.code === 'dns-failed' };
    const response = await Promise.race([
      send({
        url: check.url,
        address: check.address,
        family: check.family,
        request,
        maxResponseBytes: options.maxResponseBytes,
        signal: controller.signal,
      }),
      timedOut,
    ]);
    return { ok: true, response };
  } catch (error) {
    if (error instanceof RequestFailure)
      return { ok: false, error: error.message, retryable: error.retryable };
    const reason =
      error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    return { ok: false, error: `The request to ${host} failed (${reason}).`, retryable: true };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Performs a flow's HTTP request. Never throws. The URL is vetted by checkOutboundUrl (SSRF
 * protection) and the connection goes to the vetted address only, so a DNS answer that changes
 * between check and connect cannot redirect it. Redirects are not followed: a 3xx is returned as
 * is. `timeoutMs` bounds the whole exchange, DNS through the last body byte. The response body is
 * capped at `maxResponseBytes` (default 1 MiB). Any HTTP status counts as a response (error null);
 * refusal, DNS failure, timeout, network error and an oversized body give status 0 and an error
 * message in plain English. `user-agent: ReplyFlow` is sent unless the author set one; author
 * headers that the client owns (host, content-length, connection, transfer-encoding and the other
 * hop-by-hop headers, accept-encoding) are dropped.
 */
export async function executeHttpRequest(options: {
  request: HttpRequest;
  allowlist: readonly string[];
  lookup?: OutboundLookup;
  maxResponseBytes?: number;
}): Promise<HttpResult> {
  const started = performance.now();
  const result = await exchange({
    ...options,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
  });
  const durationMs = Math.round(performance.now() - started);
  return result.ok
    ? { status: result.response.status, body: parseBody(result.response.bytes), error: null, durationMs }
    : { status: 0, body: null, error: result.error, durationMs };
}

/** A downloaded file: its bytes and declared type, or why it could not be had (fit to show). */
export type FetchedFile =
  | { ok: true; bytes: Buffer; contentType: string }
  | { ok: false; error: string; status: number; retryable: boolean };

/**
 * GETs a file (an image to upload to WeChat) with the same SSRF protection as a flow's request.
 * A non-2xx answer is an error carrying its status (0 when there was no answer); `retryable` says
 * whether trying later may help (timeouts, network errors, 5xx, 408, 429).
 */
export async function fetchVettedFile(options: {
  url: string;
  allowlist: readonly string[];
  timeoutMs: number;
  maxBytes: number;
  lookup?: OutboundLookup;
}): Promise<FetchedFile> {
  const result = await exchange({
    request: { method: 'GET', url: options.url, headers: {}, body: null, timeoutMs: options.timeoutMs },
    allowlist: options.allowlist,
    lookup: options.lookup,
    maxResponseBytes: options.maxBytes,
  });
  if (!result.ok) return { ok: false, error: result.error, status: 0, retryable: result.retryable };
  const { status, bytes, contentType } = result.response;
  if (status < 200 || status > 299)
    return {
      ok: false,
      error: `${hostOf(options.url)} answered HTTP ${status}.`,
      status,
      retryable: status >= 500 || status === 408 || status === 429,
    };
  return { ok: true, bytes, contentType };
}
