import { expect, test } from '@playwright/test';

// The runtime paths must not go through Next: Next marks every response it renders with `Vary: RSC…`
// (and the x-nextjs headers), the lean node:http handler never does.
test('runtime paths are served by the lean handler, the UI by Next', async ({ request }) => {
  const lean = await request.get('/healthz');
  expect(lean.status()).toBe(200);
  expect(await lean.json()).toMatchObject({ ok: true, db: 'pglite' });
  expect((lean.headers()['vary'] ?? '').toLowerCase()).not.toContain('rsc');

  const ping = await request.get('/rt/trpc/ping');
  expect(await ping.json()).toEqual({ result: { data: { json: { pong: true, db: 'pglite' } } } });

  const viaNext = await request.get('/api/healthz');
  expect(await viaNext.json()).toMatchObject({ ok: true, db: 'pglite' });
  const page = await request.get('/sign-in');
  expect((page.headers()['vary'] ?? '').toLowerCase()).toContain('rsc');
});
