import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLeanPath } from '@/server/http/lean-handler';
import { startServer, type RunningServer } from '@/server/http/start-server';
import { productVersion } from '@/server/version';
import { createTestServices, testDbKind, type TestServices } from './helpers/test-services';

describe('lean path routing', () => {
  it('sends runtime paths to the lean handler and the rest to Next', () => {
    expect(isLeanPath('/healthz')).toBe(true);
    expect(isLeanPath('/rt/trpc/ping')).toBe(true);
    expect(isLeanPath('/healthz2')).toBe(false);
    expect(isLeanPath('/api/trpc/flow.list')).toBe(false);
    expect(isLeanPath('/sign-in')).toBe(false);
  });
});

describe('runtime-only server', () => {
  let services: TestServices;
  let server: RunningServer;
  beforeAll(async () => {
    services = await createTestServices({ maxBodyBytes: 1024 });
    server = await startServer({ services, port: 0, host: '127.0.0.1', runtimeOnly: true, dev: false });
  });
  afterAll(async () => {
    await server?.close();
    await services?.cleanup();
  });

  it('answers /healthz with the database kind and version', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: testDbKind(), version: productVersion() });
  });

  it('serves the runtime tRPC router', async () => {
    const res = await fetch(`${server.url}/rt/trpc/ping`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ result: { data: { json: { pong: true, db: testDbKind() } } } });
  });

  it('refuses an oversized body with 413', async () => {
    const res = await fetch(`${server.url}/rt/trpc/ping`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(4096) }),
    });
    expect(res.status).toBe(413);
  });

  it('answers JSON 404 for the UI paths it does not serve', async () => {
    const res = await fetch(`${server.url}/sign-in`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not found' });
  });

  it('reports 503 when the database is down', async () => {
    await services.dbHandle.close();
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, db: testDbKind(), error: 'database unavailable' });
  });
});
