import http from 'node:http';

export interface RawResponse {
  /** The HTTP status, or 0 when the request or response failed on the network. */
  status: number;
  /** The body as UTF-8, or the network error's text when status is 0. */
  raw: string;
}

/**
 * POSTs `body` to `url` through `agent` (keep-alive, one socket per connection) and collects the
 * whole answer. Never rejects: a network failure resolves as status 0.
 */
export function postRaw(options: {
  url: URL;
  agent: http.Agent;
  headers: http.OutgoingHttpHeaders;
  body: string;
}): Promise<RawResponse> {
  const { url, agent, headers, body } = options;
  return new Promise<RawResponse>((resolve) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, raw: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (e) => resolve({ status: 0, raw: String(e) }));
      },
    );
    req.on('error', (e) => resolve({ status: 0, raw: String(e) }));
    req.end(body);
  });
}
