import { expect, type Browser, type Page } from '@playwright/test';

export const PASSWORD = 'correct-horse-battery';

/** A fresh address per call, so every test owns its users (the server lives for the whole run). */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export async function signUp(page: Page, who: { name: string; email: string }): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs up a new user and creates their workspace; returns the workspace's base URL path. */
export async function newOwnerWithWorkspace(
  page: Page,
  options: { name?: string; email?: string; workspace: string },
): Promise<{ email: string; workspacePath: string }> {
  const email = options.email ?? uniqueEmail('owner');
  await signUp(page, { name: options.name ?? 'Olivia Owner', email });
  await expect(page).toHaveURL(/\/onboarding$/);
  await page.getByLabel('Workspace name').fill(options.workspace);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]+\/flows$/);
  const workspacePath = new URL(page.url()).pathname.replace(/\/flows$/, '');
  return { email, workspacePath };
}

export async function createFlow(page: Page, name: string, description = ''): Promise<void> {
  await page.getByRole('button', { name: 'New flow' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New flow' });
  await dialog.getByLabel('Name').fill(name);
  if (description) await dialog.getByLabel('Description').fill(description);
  await dialog.getByRole('button', { name: 'Create flow' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
}

/** Creates an invite link from the members page (the caller must be an owner). */
export async function createInviteLink(
  page: Page,
  options: { workspacePath: string; email: string; role: 'Owner' | 'Editor' | 'Viewer' },
): Promise<string> {
  await page.goto(`${options.workspacePath}/members`);
  await page.getByLabel('Email address').fill(options.email);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: options.role });
  await page.getByRole('button', { name: 'Create invite link' }).click();
  const link = page.getByLabel('Invite link');
  await expect(link).toHaveValue(/\/invite\/[\w-]{16,}$/);
  return link.inputValue();
}

/** Signs in as the seeded demo owner and opens one of the demo accounts by name. */
export async function openDemoAccount(page: Page, account: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('demo@example.com');
  await page.getByLabel('Password').fill('replyflow-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]+\/flows$/);
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('link', { name: account, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: account })).toBeVisible();
}

/** Switches the open account page to one of its tabs (Overview, Reply rules, Auto replies, Channels, Settings). */
export async function openAccountTab(page: Page, tab: string): Promise<void> {
  // The account page has landed: a tab clicked while the navigation to it is still under way could be
  // undone when it lands.
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}(\?|$)/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** Opens an invite link in a new browser context, signs up from it and joins; returns that page. */
export async function joinWithInvite(
  browser: Browser,
  options: { link: string; workspacePath: string; name: string },
): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(options.link);
  await page.getByRole('link', { name: 'Create an account to join' }).click();
  await page.getByLabel('Your name').fill(options.name);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('button', { name: 'Accept and join' }).click();
  await expect(page).toHaveURL(new RegExp(`${options.workspacePath}/flows$`));
  return page;
}
