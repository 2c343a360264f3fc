import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  executeHttpRequest,
  fetchVettedFile,
  type HttpRequest,
} from '@/server/runtime/http/execute-http-request';

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };

/** A real server on 127.0.0.1 that records every connection and request it sees. */
async function startServer(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const seen: Seen[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      handler(req, res);
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  servers.push(close);
  return { port, origin: `http://127.0.0.1:${port}`, seen, connections: () => connections };
}

const servers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((close) => close()));
});

const get = (url: string, extra: Partial<HttpRequest> = {}): HttpRequest => ({
  method: 'GET',
  url,
  headers: {},
  body: null,
  timeoutMs: 5000,
  ...extra,
});

const json = (res: http.ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
};

describe('executeHttpRequest', () => {
  it('returns the status and the parsed JSON body', async () => {
    const server = await startServer((_req, res) => json(res, 201, { ok: true, items: [1, 'два'] }));
    const result = await executeHttpRequest({
      request: get(`${server.origin}/things?x=1`),
      allowlist: ['127.0.0.1'],
    });
    expect(result).toMatchObject({ status: 201, body: { ok: true, items: [1, 'два'] }, error: null });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(server.seen[0]).toMatchObject({ method: 'GET', url: '/things?x=1' });
    expect(server.seen[0]?.headers['user-agent']).toBe('ReplyFlow');
  });

  it('returns text bodies as text, and HTTP errors as responses', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/text') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('hello there');
      } else if (req.url === '/json-as-text') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('{"a":1}');
      } else {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{broken');
      }
    });
    const run = (path: string) =>
      executeHttpRequest({ request: get(`${server.origin}${path}`), allowlist: ['127.0.0.1'] });
    expect(await run('/text')).toMatchObject({ status: 200, body: 'hello there', error: null });
    expect(await run('/json-as-text')).toMatchObject({ status: 200, body: { a: 1 }, error: null });
    expect(await run('/broken')).toMatchObject({ status: 500, body: '{broken', error: null });
  });

  it('delivers a POST body and the author headers, dropping hop-by-hop ones', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    const body = JSON.stringify({ name: 'Zoë' });
    const result = await executeHttpRequest({
      request: {
        method: 'POST',
        url: `${server.origin}/submit`,
        headers: {
          'Content-Type': 'application/json',
          Authorization: 'Bearer t0k3n',
          'User-Agent': 'MyBot/1.0',
          Host: 'evil.example',
          'Content-Length': '1',
          Connection: 'upgrade',
          'Transfer-Encoding': 'chunked',
        },
        body,
        timeoutMs: 5000,
      },
      allowlist: ['127.0.0.1'],
    });
    expect(result).toMatchObject({ status: 200, error: null });
    const seen = server.seen[0];
    expect(seen?.method).toBe('POST');
    expect(seen?.body).toBe(body);
    expect(seen?.headers).toMatchObject({
      'content-type': 'application/json',
      authorization: 'Bearer t0k3n',
      'user-agent': 'MyBot/1.0',
      host: `127.0.0.1:${server.port}`,
      'content-length': String(Buffer.byteLength(body)),
    });
    expect(seen?.headers['transfer-encoding']).toBeUndefined();
    expect(seen?.headers.connection).not.toBe('upgrade');
  });

  it('connects to the vetted address only and keeps the original host name in the Host header', async () => {
    const server = await startServer((_req, res) => json(res, 200, { pong: true }));
    // A rebinding resolver: the first answer is the allowlisted address, later ones are not.
    let calls = 0;
    const lookup = async () => {
      calls++;
      return [{ address: calls === 1 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    };
    const result = await executeHttpRequest({
      request: get(`http://api.test:${server.port}/ping`),
      allowlist: ['127.0.0.1'],
      lookup,
    });
    expect(result).toMatchObject({ status: 200, body: { pong: true }, error: null });
    expect(calls).toBe(1);
    expect(server.seen[0]?.headers.host).toBe(`api.test:${server.port}`);
  });

  it('refuses the same server when it is not allowlisted, without connecting', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    const result = await executeHttpRequest({ request: get(`${server.origin}/`), allowlist: [] });
    expect(result).toMatchObject({ status: 0, body: null });
    expect(result.error).toBe(
      'Address 127.0.0.1 is a private or reserved address; add it to the HTTP allowlist to allow requests to it.',
    );
    const viaName = await executeHttpRequest({
      request: get(`http://localhost:${server.port}/`),
      allowlist: ['10.0.0.0/8'],
      lookup: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect(viaName).toMatchObject({
      status: 0,
      error: expect.stringContaining('localhost resolves to 127.0.0.1'),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.connections()).toBe(0);
    expect(server.seen).toEqual([]);
  });

  it('times out a server that never answers, with status 0', async () => {
    const server = await startServer(() => undefined);
    const result = await executeHttpRequest({
      request: get(`${server.origin}/slow`, { timeoutMs: 200 }),
      allowlist: ['127.0.0.1'],
    });
    expect(result).toMatchObject({
      status: 0,
      body: null,
      error: `The request to 127.0.0.1:${server.port} timed out after 200 ms.`,
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(190);
  });

  it('times out a response whose body stalls after the headers', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
    });
    const result = await executeHttpRequest({
      request: get(`${server.origin}/stall`, { timeoutMs: 200 }),
      allowlist: ['127.0.0.1'],
    });
    expect(result).toMatchObject({ status: 0, error: expect.stringContaining('timed out after 200 ms') });
  });

  it('times out a DNS lookup that never answers', async () => {
    const result = await executeHttpRequest({
      request: get('http://hang.example/', { timeoutMs: 100 }),
      allowlist: [],
      lookup: () => new Promise(() => undefined),
    });
    expect(result).toMatchObject({ status: 0, error: 'The request to hang.example timed out after 100 ms.' });
  });

  it('refuses a response larger than the cap, declared or streamed', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-length': 2048 });
        res.end('x'.repeat(2048));
      } else if (req.url === '/declared-then-stall') {
        res.writeHead(200, { 'content-length': 2048 });
        res.write('x'); // refused on the declared length, without waiting for the body
      } else if (req.url === '/streamed') {
        res.writeHead(200); // chunked, no length up front
        res.write('x'.repeat(1000));
        res.end('x'.repeat(1000));
      } else {
        res.end('x'.repeat(1024));
      }
    });
    const run = (path: string) =>
      executeHttpRequest({
        request: get(`${server.origin}${path}`),
        allowlist: ['127.0.0.1'],
        maxResponseBytes: 1024,
      });
    const tooLarge = `The response from 127.0.0.1:${server.port} is larger than 1024 bytes.`;
    expect(await run('/declared')).toMatchObject({ status: 0, body: null, error: tooLarge });
    expect(await run('/declared-then-stall')).toMatchObject({ status: 0, body: null, error: tooLarge });
    expect(await run('/streamed')).toMatchObject({ status: 0, body: null, error: tooLarge });
    expect(await run('/exact')).toMatchObject({ status: 200, body: 'x'.repeat(1024), error: null });
  });

  it('caps responses at 1 MiB by default', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200);
      res.end(Buffer.alloc(1024 * 1024 + 1, 'a'));
    });
    const result = await executeHttpRequest({ request: get(`${server.origin}/`), allowlist: ['127.0.0.1'] });
    expect(result).toMatchObject({ status: 0, error: expect.stringContaining('larger than 1048576 bytes') });
  });

  it('does not follow redirects', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/start') {
        res.writeHead(302, { location: '/target' });
        res.end('moved');
      } else json(res, 200, { reached: true });
    });
    const result = await executeHttpRequest({
      request: get(`${server.origin}/start`),
      allowlist: ['127.0.0.1'],
    });
    expect(result).toMatchObject({ status: 302, body: 'moved', error: null });
    expect(server.seen.map((request) => request.url)).toEqual(['/start']);
  });

  it('never throws: bad URLs, schemes, headers and refused connections become errors', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    const closedPort = await (async () => {
      const probe = http.createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
      const { port } = probe.address() as AddressInfo;
      await new Promise((resolve) => probe.close(resolve));
      return port;
    })();
    const cases: [HttpRequest, string | RegExp][] = [
      [get('not a url'), '"not a url" is not a valid URL.'],
      [get('ftp://x/'), 'Only http and https URLs are allowed, not ftp.'],
      [
        get(`${server.origin}/`, { headers: { 'bad header': 'x' } }),
        /^The request to 127\.0\.0\.1:\d+ failed \(/,
      ],
      [get(`${server.origin}/`, { headers: { 'x-a': 'line\r\nbreak' } }), /failed \(/],
      [
        get(`http://127.0.0.1:${closedPort}/`),
        `The request to 127.0.0.1:${closedPort} failed (ECONNREFUSED).`,
      ],
      [get(`${server.origin}/`, { timeoutMs: 0 }), 'The timeout must be a positive number of milliseconds.'],
      [get('http://x.example/'), 'Could not resolve host x.example (ENOTFOUND).'],
    ];
    for (const [request, error] of cases) {
      const result = await executeHttpRequest({
        request,
        allowlist: ['127.0.0.1'],
        lookup: async () => {
          throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
        },
      });
      expect(result.status, request.url).toBe(0);
      expect(result.error, request.url).toMatch(error);
    }
    expect(server.seen).toEqual([]);
  });
});

describe('fetchVettedFile', () => {
  const allow = ['127.0.0.1'];
  it('returns the bytes and content type of a file', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    });
    const file = await fetchVettedFile({
      url: `${server.origin}/a.png`,
      allowlist: allow,
      timeoutMs: 5000,
      maxBytes: 100,
    });
    expect(file).toEqual({
      ok: true,
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      contentType: 'image/png',
    });
  });

  it('tells errors worth retrying (5xx, 429, network) from those that are not (4xx, refused, too large)', async () => {
    const server = await startServer((req, res) => {
      const status = Number(req.url?.slice(1));
      res.writeHead(status || 200, { 'content-type': 'image/png' });
      res.end(Buffer.alloc(status ? 1 : 200));
    });
    const fetchOf = (url: string, allowlist = allow) =>
      fetchVettedFile({ url, allowlist, timeoutMs: 5000, maxBytes: 100 });
    expect(await fetchOf(`${server.origin}/503`)).toMatchObject({ ok: false, status: 503, retryable: true });
    expect(await fetchOf(`${server.origin}/429`)).toMatchObject({ ok: false, status: 429, retryable: true });
    expect(await fetchOf(`${server.origin}/404`)).toMatchObject({ ok: false, status: 404, retryable: false });
    expect(await fetchOf(`${server.origin}/big`)).toMatchObject({ ok: false, status: 0, retryable: false });
    expect(await fetchOf(`${server.origin}/200`, [])).toMatchObject({
      ok: false,
      status: 0,
      retryable: false,
    });
    expect(server.seen.map((r) => r.url)).toEqual(['/503', '/429', '/404', '/big']);
    // A port nothing listens on any more: connection refused.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await fetchOf(`http://127.0.0.1:${port}/x.png`)).toMatchObject({
      ok: false,
      status: 0,
      retryable: true,
    });
  });
});
