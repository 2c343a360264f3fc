import { expect, test } from '@playwright/test';
import { newOwnerWithWorkspace, PASSWORD, uniqueEmail } from './helpers';

test('a new user signs up, creates a workspace and lands in its empty flow list', async ({ page }) => {
  await newOwnerWithWorkspace(page, { name: 'Nora New', workspace: 'Nora Support' });
  await expect(page.getByRole('heading', { level: 1, name: 'Flows' })).toBeVisible();
  await expect(page.getByText('No flows yet')).toBeVisible();
  const sidebar = page.getByRole('complementary', { name: 'Sidebar' });
  await expect(sidebar.getByRole('button', { name: /Nora Support/ })).toBeVisible();
  await expect(sidebar.getByText('Nora New')).toBeVisible();
  await expect(sidebar.getByText('Your role: Owner')).toBeVisible();
});

test('sign-up explains a short password and an email already in use, keeping what was typed', async ({
  page,
}) => {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Short Pass');
  await page.getByLabel('Email').fill(uniqueEmail('short'));
  await page.getByLabel('Password').fill('1234567');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);

  await page.getByLabel('Email').fill('demo@example.com');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('An account with this email already exists')).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveValue('Short Pass');
  await expect(page).toHaveURL(/\/sign-up$/);
});

test('first-run setup is closed once a user exists', async ({ page }) => {
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('the workspace switcher creates another workspace and switches between them', async ({ page }) => {
  const { workspacePath } = await newOwnerWithWorkspace(page, { workspace: 'First Shop' });
  await page.getByRole('button', { name: /Switch workspace/ }).click();
  await page.getByRole('link', { name: /Create workspace/ }).click();
  await expect(page.getByRole('heading', { name: 'Create another workspace' })).toBeVisible();
  await page.getByLabel('Workspace name').fill('Second Shop');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('button', { name: /Switch workspace \(current: Second Shop\)/ })).toBeVisible();
  expect(new URL(page.url()).pathname).not.toBe(`${workspacePath}/flows`);

  await page.getByRole('button', { name: /Switch workspace/ }).click();
  const list = page.getByRole('list', { name: 'Your workspaces' });
  await expect(list.getByRole('link')).toHaveCount(2);
  await list.getByRole('link', { name: /First Shop/ }).click();
  await expect(page).toHaveURL(new RegExp(`${workspacePath}/flows$`));
  await expect(page.getByRole('button', { name: /Switch workspace \(current: First Shop\)/ })).toBeVisible();
});

test('a malformed workspace address shows the not-found page', async ({ page }) => {
  await newOwnerWithWorkspace(page, { workspace: 'Lost Shop' });
  await page.goto('/w/not-a-workspace/flows');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
