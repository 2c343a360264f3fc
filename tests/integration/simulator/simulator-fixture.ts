import http from 'node:http';
import { type AddressInfo } from 'node:net';

/** A local order API answering `{ order: { status } }` and counting its calls. */
export async function startOrderServer(status: string) {
  const calls = { count: 0 };
  const server = http.createServer((_req, res) => {
    calls.count += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ order: { status } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders/1`,
    calls,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export { simulatorFlow } from '../../fixtures/simulator-flow';
