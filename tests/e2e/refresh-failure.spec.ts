import { expect, test, type Page, type Route } from '@playwright/test';
import { openAccountTab, openDemoAccount } from './helpers';

/** Makes every read of the message log fail as if the network dropped, until `restore` is called. */
async function cutLogReads(page: Page): Promise<() => Promise<void>> {
  const matches = (url: URL) => url.pathname.includes('delivery.list');
  const abort = (route: Route) =>
    route.request().method() === 'GET' ? route.abort('internetdisconnected') : route.fallback();
  await page.route(matches, abort);
  return () => page.unroute(matches, abort);
}

test('a log that cannot be read says so with a retry, and a failed refresh keeps what was shown', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openDemoAccount(page, 'Demo Web Chat');
  await openAccountTab(page, 'Channels');

  // First load fails: the reason and a retry instead of the log.
  const restore = await cutLogReads(page);
  await page
    .getByRole('region', { name: 'Website chat', exact: true })
    .getByRole('link', { name: 'Message log' })
    .click();
  const heading = page.getByRole('heading', { level: 1, name: 'Message log: Website chat' });
  await expect(heading).toBeVisible();
  const failed = page.getByRole('alert').filter({ hasText: 'No connection to the server.' });
  await expect(failed).toBeVisible({ timeout: 20_000 });
  await expect(failed).not.toContainText('not saved');
  await restore();
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(failed).toBeHidden();
  const log = page.getByRole('table', { name: 'Messages' }).or(page.getByText('No messages yet'));
  await expect(log).toBeVisible();

  // A later refresh (every 5 s) fails: the log stays, under a warning with a retry.
  const restoreAgain = await cutLogReads(page);
  const stale = page
    .getByRole('status')
    .filter({ hasText: "Couldn't refresh: No connection to the server." });
  await expect(stale).toBeVisible({ timeout: 30_000 });
  await expect(log).toBeVisible();
  await expect(heading).toBeVisible();
  await restoreAgain();
  await stale.getByRole('button', { name: 'Try again' }).click();
  await expect(stale).toBeHidden();
  await expect(log).toBeVisible();
});
