import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeTokenKind } from './fake-token-book';
import { FakeWeChatState, type FakeResult, type FakeWeChatStateOptions } from './fake-wechat-state';

export interface FakeWeChatServerOptions extends FakeWeChatStateOptions {
  /** Default 0: a free port on 127.0.0.1. */
  port?: number;
  /** Apps whose credentials `/cgi-bin/token` accepts (more with `state.registerApp`). */
  apps?: readonly { appId: string; secret: string }[];
  /** WeCom apps whose secrets `/cgi-bin/gettoken` accepts (more with `state.registerWeComApp`). */
  wecomApps?: readonly { corpId: string; agentId: string; secret: string }[];
}

export interface FakeWeChatServer {
  /** The API base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  state: FakeWeChatState;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
/** A little over WeChat's largest upload, so an oversized image reaches the size check. */
const MAX_UPLOAD_BYTES = 3 * 1024 * 1024;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  if (size === 0) return null;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function answer(res: ServerResponse, json: object, status = 200): void {
  // WeChat labels its JSON this way (not application/json; charset=…).
  res.writeHead(status, { 'content-type': 'application/json; encoding=utf-8' });
  res.end(JSON.stringify(json));
}

type Route = (url: URL, req: IncomingMessage, state: FakeWeChatState) => Promise<object>;

/** A POST endpoint taking `?access_token=` (of the given API) and a JSON body. */
const authorised =
  (
    handle: (state: FakeWeChatState, appId: string, body: unknown) => FakeResult,
    kind: FakeTokenKind = 'mp',
  ): Route =>
  async (url, req, state) => {
    if (req.method !== 'POST') return { errcode: 43002, errmsg: 'require POST method' };
    const owner = state.checkToken(url.searchParams.get('access_token'), kind);
    if (!('appId' in owner)) return owner;
    const body = await readJson(req);
    if (body === null) return { errcode: 44002, errmsg: 'empty post data' };
    if (body === undefined) return { errcode: 47001, errmsg: 'data format error' };
    return handle(state, owner.appId, body);
  };

/** Reads a multipart body's `media` file (WeChat's upload form), or null when there is none. */
async function readMediaFile(req: IncomingMessage): Promise<File | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_UPLOAD_BYTES) return null;
    chunks.push(chunk);
  }
  try {
    const form = await new Response(Buffer.concat(chunks), {
      headers: { 'content-type': String(req.headers['content-type'] ?? '') },
    }).formData();
    const media = form.get('media');
    return media instanceof File ? media : null;
  } catch {
    return null;
  }
}

/** `/cgi-bin/media/upload?type=`: one API path for both kinds of token (Official Account, WeCom). */
const uploadRoute: Route = async (url, req, state) => {
  if (req.method !== 'POST') return { errcode: 43002, errmsg: 'require POST method' };
  const token = url.searchParams.get('access_token');
  const mp = state.checkToken(token, 'mp');
  const owner = 'appId' in mp ? mp : state.checkToken(token, 'wecom');
  if (!('appId' in owner)) return owner;
  const media = await readMediaFile(req);
  if (!media) return { errcode: 41005, errmsg: 'media data missing' };
  return state.upload(owner.appId, {
    type: url.searchParams.get('type') ?? '',
    contentType: media.type,
    filename: media.name,
    bytes: media.size,
  });
};

const routes: Record<string, Route> = {
  '/cgi-bin/token': async (url, req, state) => {
    if (req.method !== 'GET') return { errcode: 43001, errmsg: 'require GET method' };
    if (url.searchParams.get('grant_type') !== 'client_credential')
      return { errcode: 40002, errmsg: 'invalid grant_type' };
    return state.issueToken(url.searchParams.get('appid') ?? '', url.searchParams.get('secret') ?? '');
  },
  '/cgi-bin/message/custom/send': authorised((state, appId, body) => state.send(appId, body)),
  '/cgi-bin/message/custom/typing': authorised((state, appId, body) => state.sendTyping(appId, body)),
  '/cgi-bin/gettoken': async (url, req, state) => {
    if (req.method !== 'GET') return { errcode: 43001, errmsg: 'require GET method' };
    return state.issueWeComToken(
      url.searchParams.get('corpid') ?? '',
      url.searchParams.get('corpsecret') ?? '',
    );
  },
  '/cgi-bin/message/send': authorised((state, appKey, body) => state.sendWeCom(appKey, body), 'wecom'),
  '/cgi-bin/media/upload': uploadRoute,
};

/**
 * A local stand-in for the WeChat API (PROTOCOL.md §5) on 127.0.0.1: the token endpoint (each call
 * replaces the app's token), custom-service send and typing with WeChat's token checks, body
 * validation, customer-service windows and quotas, and one-shot failures via `state.failNext`.
 * The same server plays WeCom's API for self-built apps: `/cgi-bin/gettoken` (a token per app) and
 * `/cgi-bin/message/send` (no window; agentid and, if registered, users checked). Both take temporary
 * image uploads on `/cgi-bin/media/upload` (`state.uploads`). For tests only.
 */
export async function startFakeWeChatServer(
  options: FakeWeChatServerOptions = {},
): Promise<FakeWeChatServer> {
  const state = new FakeWeChatState(options);
  for (const app of options.apps ?? []) state.registerApp(app.appId, app.secret);
  for (const app of options.wecomApps ?? []) state.registerWeComApp(app.corpId, app.agentId, app.secret);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    void (async () => {
      if (url.pathname === '/cgi-bin/token') state.countTokenCall(url.searchParams.get('appid') ?? '');
      if (url.pathname === '/cgi-bin/gettoken')
        state.countWeComTokenCall(
          url.searchParams.get('corpid') ?? '',
          url.searchParams.get('corpsecret') ?? '',
        );
      const failure = state.takeFailure(url.pathname);
      if (failure?.delayMs) await new Promise((r) => setTimeout(r, failure.delayMs));
      if (failure?.status !== undefined) {
        req.resume();
        res.writeHead(failure.status, { 'content-type': 'text/plain' });
        res.end('injected failure');
        return;
      }
      if (failure?.errcode !== undefined) {
        req.resume();
        answer(res, { errcode: failure.errcode, errmsg: failure.errmsg ?? 'injected failure' });
        return;
      }
      const route = routes[url.pathname];
      if (!route) return answer(res, { errcode: 40066, errmsg: 'invalid url' }, 404);
      answer(res, await route(url, req, state));
    })().catch((error: unknown) => {
      if (!res.headersSent) answer(res, { errcode: -1, errmsg: String(error) }, 500);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
