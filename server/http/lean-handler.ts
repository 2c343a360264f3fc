import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { runtimeRouter } from '../runtime/runtime-router';
import type { Services } from '../services';
import { handleWebhook } from '../channels/webhook/handle-webhook';
import { handleWeChatCallback } from '../channels/wechat/handle-wechat-callback';
import { healthReport } from './health-report';

/**
 * Paths served by plain node:http, before (and without) Next's request pipeline: the per-message hot
 * path must not pay Next's ~1 ms of JavaScript per request. Channel endpoints join this list.
 */
export const LEAN_PREFIXES = ['/healthz', '/rt/', '/hooks/', '/wechat/', '/wecom/'] as const;

export function isLeanPath(pathname: string): boolean {
  return LEAN_PREFIXES.some((p) => (p.endsWith('/') ? pathname.startsWith(p) : pathname === p));
}

/** The client's address: the socket's peer, or (behind a trusted proxy) what that proxy appended. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.trim()) {
    const last = forwarded.split(',').at(-1)!.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? '';
}

export type LeanHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function sendText(
  res: ServerResponse,
  status: number,
  body: string,
  contentType = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

export function createLeanHandler(services: Services): LeanHandler {
  const runtimeTrpc = createHTTPHandler({
    router: runtimeRouter,
    basePath: '/rt/trpc/',
    maxBodySize: services.config.maxBodyBytes,
    createContext: ({ req }) => ({ services, clientIp: clientAddress(req, services.config.trustProxy) }),
  });

  return async (req, res) => {
    const pathname = (req.url ?? '/').split('?', 1)[0]!;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > services.config.maxBodyBytes) {
      res.setHeader('connection', 'close');
      return sendJson(res, 413, { error: 'request body too large', limit: services.config.maxBodyBytes });
    }
    if (pathname === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendJson(res, 405, { error: 'method not allowed' });
      const { status, body } = await healthReport(services);
      return sendJson(res, status, body);
    }
    if (pathname.startsWith('/rt/trpc/')) return runtimeTrpc(req, res);
    if (pathname.startsWith('/hooks/')) {
      let channelKey: string;
      try {
        channelKey = decodeURIComponent(pathname.slice('/hooks/'.length));
      } catch {
        return sendJson(res, 404, { error: 'unknown or disabled channel' });
      }
      return handleWebhook({
        services,
        req,
        channelKey,
        reply: (status, body) => sendJson(res, status, body),
      });
    }
    const wechatPath = /^\/(wechat|wecom)\//.exec(pathname);
    if (wechatPath) {
      let channelKey: string;
      try {
        channelKey = decodeURIComponent(pathname.slice(wechatPath[0].length));
      } catch {
        return sendText(res, 404, 'unknown or disabled channel');
      }
      // WeChat's query values are taken as sent: "+" is not a space (PROTOCOL.md §2).
      const rawQuery = (req.url ?? '').split('?')[1] ?? '';
      return handleWeChatCallback({
        services,
        req,
        channelKey,
        channelType: wechatPath[1] === 'wecom' ? 'wecom' : 'wechat_mp',
        query: new URLSearchParams(rawQuery.replace(/\+/g, '%2B')),
        respond: (status, body, contentType) => sendText(res, status, body, contentType),
      });
    }
    return sendJson(res, 404, { error: 'not found' });
  };
}
