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
class RequestFailure extends Error {}

type RawResponse = { status: number; bytes: Buffer };

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
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes: Buffer.concat(chunks) }));
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
  const { request } = options;
  const started = performance.now();
  const finish = (status: number, body: unknown, error: string | null): HttpResult => ({
    status,
    body,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  if (!(request.timeoutMs > 0))
    return finish(0, null, 'The timeout must be a positive number of milliseconds.');

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
    if (!check.ok) return finish(0, null, check.message);
    const response = await Promise.race([
      send({
        url: check.url,
        address: check.address,
        family: check.family,
        request,
        maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
        signal: controller.signal,
      }),
      timedOut,
    ]);
    return finish(response.status, parseBody(response.bytes), null);
  } catch (error) {
    if (error instanceof RequestFailure) return finish(0, null, error.message);
    const reason =
      error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    return finish(0, null, `The request to ${host} failed (${reason}).`);
  } finally {
    clearTimeout(timer);
  }
}
