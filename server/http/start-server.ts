import { createServer, type Server } from 'node:http';
import type { Services } from '../services';
import { projectRoot } from '../config';
import { createLeanHandler, isLeanPath, type LeanHandler } from './lean-handler';

/** Cap for UI and management API bodies (a large flow document is well under this). */
const MAX_UI_BODY_BYTES = 8 * 1024 * 1024;

export interface StartServerOptions {
  services: Services;
  port: number;
  host: string;
  /** Serve only the lean runtime paths (scale-out runtime processes sharing Postgres). */
  runtimeOnly: boolean;
  /** Next in development mode (hot reload) instead of the production build. */
  dev: boolean;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * One Node server, two paths: runtime paths go to the lean node:http handler before Next sees them;
 * everything else (UI, management API, auth) goes to Next, unless `runtimeOnly`.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const lean = createLeanHandler(options.services);
  let nextHandler: LeanHandler | null = null;
  let nextUpgrade: ((...args: never[]) => unknown) | null = null;
  let closeNext: (() => Promise<void>) | null = null;

  if (!options.runtimeOnly) {
    const { default: next } = await import('next');
    const app = next({ dev: options.dev, dir: projectRoot(), hostname: options.host, port: options.port });
    await app.prepare();
    const handle = app.getRequestHandler();
    nextHandler = (req, res) => handle(req, res);
    nextUpgrade = app.getUpgradeHandler() as unknown as (...args: never[]) => unknown;
    closeNext = () => app.close();
  }

  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?', 1)[0]!;
    if (Number(req.headers['content-length'] ?? 0) > MAX_UI_BODY_BYTES && !isLeanPath(pathname)) {
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ error: 'request body too large', limit: MAX_UI_BODY_BYTES }));
      return;
    }
    const route = isLeanPath(pathname) || !nextHandler ? lean : nextHandler;
    route(req, res).catch((error: unknown) => {
      console.error('request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
    });
  });
  if (nextUpgrade) {
    const upgrade = nextUpgrade;
    server.on('upgrade', (req, socket, head) => (upgrade as (...a: unknown[]) => unknown)(req, socket, head));
  }
  // Keep-alive longer than typical load balancers' idle timeout.
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    server,
    url: `http://${shownHost}:${port}`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await closeNext?.();
    },
  };
}
