import { expect, test } from '@playwright/test';
import { FRESH_PORT } from './ports';

// This server started on an empty database with no demo seed: the first visitor sets it up.
test.use({ baseURL: `http://127.0.0.1:${FRESH_PORT}` });

test('a fresh install sends the first visitor to setup, which creates the first owner and workspace', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel('Workspace name').fill('Acme Support');
  await page.getByLabel('Your name').fill('Ada Owner');
  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByLabel('Password').fill('first-owner-pw');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]+\/flows$/);
  await expect(page.getByText('Acme Support').filter({ visible: true }).first()).toBeVisible();
  await page.goto(page.url().replace('/flows', '/members'));
  await expect(page.getByRole('row', { name: /Ada Owner/ })).toContainText('ada@example.com');

  // Setup is closed once the first owner exists, even for a signed-out visitor.
  await page.context().clearCookies();
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/sign-in$/);
});
