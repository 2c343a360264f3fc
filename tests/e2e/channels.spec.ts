import { expect, test, type Page } from '@playwright/test';
import {
  createInviteLink,
  joinWithInvite,
  newOwnerWithWorkspace,
  openAccountTab,
  openDemoAccount,
  uniqueEmail,
} from './helpers';

/** Signs in as the seeded demo owner and opens the demo web account (it may already have channels). */
async function openDemoWebAccount(page: Page): Promise<string> {
  await openDemoAccount(page, 'Demo Web Chat');
  await openAccountTab(page, 'Channels');
  return new URL(page.url()).origin;
}

async function addChannel(
  page: Page,
  values: { type: 'Web chat' | 'Webhook'; name: string; callback?: string },
) {
  await page.getByRole('button', { name: 'Add channel' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add channel' });
  await dialog.getByLabel('Type').selectOption({ label: values.type });
  await dialog.getByLabel('Name').fill(values.name);
  if (values.callback) await dialog.getByLabel('Callback URL (optional)').fill(values.callback);
  await dialog.getByRole('button', { name: 'Create channel' }).click();
  await expect(dialog).toBeHidden();
}

/** Reads the one-time secret dialog and closes it; returns the secret it showed. */
async function takeSecret(page: Page, channelName: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Copy the signing secret' });
  await expect(dialog).toContainText(`“${channelName}”`);
  await expect(dialog).toContainText('you won’t see it again');
  const secret = await dialog.getByLabel('Signing secret', { exact: true }).inputValue();
  expect(secret).toMatch(/^whsec_[\w-]{43}$/);
  await dialog.getByRole('button', { name: 'I have stored it' }).click();
  await expect(dialog).toBeHidden();
  return secret;
}

/** Outside the one-time dialog no signing secret is anywhere on the page, in text or in a field. */
async function expectNoSecretOnPage(page: Page) {
  const found = await page.evaluate(
    () =>
      document.body.innerText.includes('whsec_') ||
      [...document.querySelectorAll('input, textarea')].some((e) =>
        (e as HTMLInputElement).value.includes('whsec_'),
      ),
  );
  expect(found, 'a secret is visible outside its one-time dialog').toBe(false);
}

test('the demo owner adds, configures and removes web chat and webhook channels', async ({ page }) => {
  const origin = await openDemoWebAccount(page);
  const suffix = `${Date.now()}`.slice(-6);

  // Web chat: hosted page URL and both embed snippets.
  const chatName = `Site chat ${suffix}`;
  await addChannel(page, { type: 'Web chat', name: chatName });
  const chat = page.getByRole('region', { name: chatName, exact: true });
  await expect(chat).toContainText('Web chat');
  const pageUrl = await chat.getByLabel('Hosted chat page', { exact: true }).inputValue();
  expect(pageUrl).toMatch(new RegExp(`^${origin}/chat/[\\w-]{22}$`));
  const key = pageUrl.split('/chat/')[1]!;
  await expect(chat.getByRole('link', { name: 'Open the chat page in a new tab' })).toHaveAttribute(
    'href',
    pageUrl,
  );
  await expect(chat.getByLabel('Chat bubble (script)', { exact: true })).toHaveValue(
    `<script src="${origin}/embed.js" data-channel="${key}" async></script>`,
  );
  await expect(chat.getByLabel('Inline chat (iframe)', { exact: true })).toHaveValue(
    `<iframe src="${pageUrl}" style="width:380px;height:600px;border:0"></iframe>`,
  );
  await expect(chat.getByRole('button', { name: 'Rotate secret' })).toHaveCount(0);

  // Webhook: the secret is shown once, then only its state.
  const hookName = `CRM hook ${suffix}`;
  await addChannel(page, { type: 'Webhook', name: hookName, callback: 'https://crm.example.com/replies' });
  const first = await takeSecret(page, hookName);
  const hook = page.getByRole('region', { name: hookName, exact: true });
  await expect(hook.getByLabel('Endpoint URL', { exact: true })).toHaveValue(
    new RegExp(`^${origin}/hooks/[\\w-]{22}$`),
  );
  await expect(hook).toContainText('X-ReplyFlow-Timestamp');
  await expect(hook).toContainText('X-ReplyFlow-Signature: sha256=HMAC(secret, "<timestamp>.<body>")');
  await expect(hook).toContainText('docs/api.md');
  await expect(hook.getByLabel('Signing secret, masked')).toHaveText(`••••••••${first.slice(-4)}`);
  await expect(hook.getByLabel('Callback URL', { exact: true })).toHaveValue(
    'https://crm.example.com/replies',
  );
  await expectNoSecretOnPage(page);

  // The callback URL is editable.
  await hook.getByLabel('Callback URL', { exact: true }).fill('https://crm.example.com/v2/replies');
  await hook.getByRole('button', { name: 'Save' }).click();
  await expect(hook.getByRole('button', { name: 'Saved' })).toBeVisible();

  // Rotating asks first and shows the new secret once.
  await hook.getByRole('button', { name: 'Rotate secret' }).click();
  const confirmRotate = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
  await expect(confirmRotate).toContainText(`“${hookName}”`);
  await confirmRotate.getByRole('button', { name: 'Rotate secret' }).click();
  const second = await takeSecret(page, hookName);
  expect(second).not.toBe(first);
  await expect(hook.getByLabel('Signing secret, masked')).toHaveText(`••••••••${second.slice(-4)}`);

  // Disable and enable again.
  const toggle = hook.getByRole('switch', { name: 'Enabled' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(hook).toContainText('This channel is disabled');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(hook).not.toContainText('This channel is disabled');

  // After a reload nothing secret is on the page, and the callback URL change was kept.
  await page.reload();
  await expect(hook.getByLabel('Callback URL', { exact: true })).toHaveValue(
    'https://crm.example.com/v2/replies',
  );
  await expectNoSecretOnPage(page);

  // Deleting warns about the conversations that go with the channel.
  for (const name of [hookName, chatName]) {
    await page.getByRole('region', { name, exact: true }).getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete channel?' });
    await expect(confirm).toContainText(`“${name}”`);
    await expect(confirm).toContainText('contacts, conversations and messages');
    await confirm.getByRole('button', { name: 'Delete channel' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('region', { name, exact: true })).toHaveCount(0);
  }
});

test('a viewer sees the channels without write controls or secrets', async ({ page, browser }) => {
  const { workspacePath } = await newOwnerWithWorkspace(page, { workspace: 'Channels Lab' });
  await page.goto(`${workspacePath}/accounts`);
  await page.getByRole('button', { name: 'New account' }).first().click();
  const newAccount = page.getByRole('dialog', { name: 'New account' });
  await newAccount.getByLabel('Name').fill('Storefront');
  await newAccount.getByLabel('Type').selectOption({ label: 'Web' });
  await newAccount.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('link', { name: 'Storefront', exact: true }).click();
  await openAccountTab(page, 'Channels');
  await expect(page.getByText('No channels yet')).toBeVisible();
  await addChannel(page, { type: 'Webhook', name: 'Partner hook' });
  await takeSecret(page, 'Partner hook');

  const viewerEmail = uniqueEmail('viewer');
  const link = await createInviteLink(page, { workspacePath, email: viewerEmail, role: 'Viewer' });
  const viewer = await joinWithInvite(browser, { link, workspacePath, name: 'Vera Viewer' });

  await viewer.goto(`${workspacePath}/accounts`);
  await viewer.getByRole('link', { name: 'Storefront', exact: true }).click();
  await openAccountTab(viewer, 'Channels');
  const hook = viewer.getByRole('region', { name: 'Partner hook', exact: true });
  await expect(hook.getByLabel('Endpoint URL', { exact: true })).toHaveValue(/\/hooks\/[\w-]{22}$/);
  await expect(hook).toContainText('Enabled');
  await expect(hook).toContainText('Not set');
  await expect(hook.getByRole('switch')).toHaveCount(0);
  await expect(hook.getByRole('button', { name: 'Rotate secret' })).toHaveCount(0);
  await expect(hook.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(hook.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Add channel' })).toHaveCount(0);
  await expectNoSecretOnPage(viewer);
  await viewer.context().close();
});
