import http from 'node:http';
import { runClosedLoop } from './closed-loop';

export interface LoadResult {
  path: string;
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Refuses anything but loopback: the benchmarks never send load elsewhere. */
export function loopbackUrl(baseUrl: string, path: string): URL {
  const url = new URL(path, baseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error('loopback targets only');
  return url;
}

/**
 * A bounded closed-loop GET load: `connections` keep-alive clients each send the next request as soon
 * as the previous answer arrives, for `seconds`. A non-200 answer counts as an error.
 */
export async function runLoad(options: {
  baseUrl: string;
  path: string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const url = loopbackUrl(options.baseUrl, options.path);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const once = () =>
    new Promise<boolean>((resolve) => {
      const req = http.get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200));
      });
      req.on('error', () => resolve(false));
    });
  const result = await runClosedLoop({
    connections: options.connections,
    seconds: options.seconds,
    createWorker: () => once,
  });
  agent.destroy();
  return {
    path: options.path,
    requests: result.ok,
    errors: result.errors,
    seconds: result.seconds,
    perSecond: result.perSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
  };
}
