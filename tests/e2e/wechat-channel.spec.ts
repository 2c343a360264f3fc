import { expect, test, type Page } from '@playwright/test';
import {
  startFakeWeChatServer,
  type FakeWeChatServer,
} from '@/server/channels/wechat/fake/fake-wechat-server';
import { wechatFlow } from '../fixtures/wechat-flow';
import { newOwnerWithWorkspace, openAccountTab } from './helpers';
import { FAKE_WECHAT_PORT } from './ports';
import { wechatPeer } from './wechat-peer';

const APP_ID = 'wx0e2e0e2e0e2e0e2e';
const APP_SECRET = '0123456789abcdef0123456789abcdef';
const TOKEN = 'teashopToken2026';

let fake: FakeWeChatServer;
test.beforeAll(async () => {
  fake = await startFakeWeChatServer({ port: FAKE_WECHAT_PORT });
  fake.state.registerApp(APP_ID, APP_SECRET);
});
test.afterAll(async () => {
  await fake?.close();
});

async function importAndPublish(page: Page, workspacePath: string, account: string) {
  await page.goto(`${workspacePath}/flows`);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a flow' });
  const file = {
    format: 'replyflow/flow',
    version: 1,
    name: 'Tea menu',
    exportedAt: '2026-11-21T00:00:00Z',
    document: wechatFlow(),
  };
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'tea.replyflow.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await dialog.getByRole('button', { name: 'Create flow' }).click();
  await expect(page.getByRole('heading', { name: 'Tea menu' })).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const publish = page.getByRole('dialog', { name: 'Publish flow' });
  await publish.getByRole('checkbox', { name: account, exact: true }).check();
  await publish.getByRole('button', { name: 'Publish version' }).click();
  await expect(publish.getByTestId('publish-success')).toContainText(/Version 1 is live on/);
  await publish.getByRole('button', { name: 'Close' }).first().click();
}

test('an owner connects an Official Account in safe mode and converses through the fake WeChat', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { workspacePath } = await newOwnerWithWorkspace(page, { workspace: 'Tea House' });
  await page.goto(`${workspacePath}/accounts`);
  await page.getByRole('button', { name: 'New account' }).first().click();
  const newAccount = page.getByRole('dialog', { name: 'New account' });
  await newAccount.getByLabel('Name').fill('Tea Shop');
  await newAccount.getByLabel('Type').selectOption({ label: 'Official Account (公众号)' });
  await newAccount.getByRole('button', { name: 'Create account' }).click();
  await expect(newAccount).toBeHidden();
  await importAndPublish(page, workspacePath, 'Tea Shop');

  // Channel setup: a bad token is refused in place, then the whole form goes through.
  await page.goto(`${workspacePath}/accounts`);
  await page.getByRole('link', { name: 'Tea Shop', exact: true }).click();
  await openAccountTab(page, 'Channels');
  await page.getByRole('button', { name: 'Add channel' }).first().click();
  const add = page.getByRole('dialog', { name: 'Add channel' });
  await add.getByLabel('Type').selectOption({ label: 'Official Account' });
  await add.getByLabel('Name').fill('Tea Shop OA');
  await add.getByLabel('AppID').fill(APP_ID);
  await add.getByLabel('AppSecret (optional)').fill(APP_SECRET);
  await add.getByLabel('Token', { exact: true }).fill('no');
  await add.getByRole('button', { name: 'Generate a new EncodingAESKey' }).click();
  const aesKey = await add.getByLabel('EncodingAESKey', { exact: true }).inputValue();
  expect(aesKey).toMatch(/^[A-Za-z0-9]{43}$/);
  await add.getByLabel('Encryption mode').selectOption('safe');
  await add.getByText('Advanced').click();
  await add.getByLabel('API base URL').fill(fake.url);
  await add.getByRole('button', { name: 'Create channel' }).click();
  await expect(add).toContainText('3 to 32 letters or digits');
  await add.getByLabel('Token', { exact: true }).fill(TOKEN);
  await add.getByRole('button', { name: 'Create channel' }).click();
  await expect(add).toBeHidden();

  const card = page.getByRole('region', { name: 'Tea Shop OA', exact: true });
  const callbackUrl = await card.getByLabel('Callback URL', { exact: true }).inputValue();
  expect(callbackUrl).toMatch(/\/wechat\/[\w-]{22}$/);
  await expect(card.getByTestId('wechat-verify-status')).toContainText('Waiting for WeChat’s URL check');
  // Secrets are not on the page once saved.
  expect(await page.content()).not.toContain(aesKey);

  // WeChat checks the URL when the operator saves the server settings.
  const wechat = wechatPeer({ callbackUrl, token: TOKEN, encodingAesKey: aesKey, appId: APP_ID });
  const check = await wechat.verify();
  expect(check).toMatchObject({ status: 200, body: check.echostr });
  // The card notices on its own (it looks again while waiting for the check).
  await expect(
    page.getByRole('region', { name: 'Tea Shop OA', exact: true }).getByTestId('wechat-verify-status'),
  ).toContainText('Verified by WeChat');

  // A follower writes: the first reply is the passive answer, the second arrives through the API.
  fake.state.interact(APP_ID, 'oTeaFan', 'message');
  expect(await wechat.sendText('oTeaFan', 'menu')).toBe('Today: jasmine and oolong.');
  await expect
    .poll(() => fake.state.sent.filter((m) => m.touser === 'oTeaFan').map((m) => m.body))
    .toEqual([{ touser: 'oTeaFan', msgtype: 'text', text: { content: 'Reply "order" to order.' } }]);

  // A user whose 48-hour window WeChat does not know: the API refuses (45015), the log shows why.
  expect(await wechat.sendText('oStranger', 'menu')).toBe('Today: jasmine and oolong.');

  await page
    .getByRole('region', { name: 'Tea Shop OA', exact: true })
    .getByRole('link', { name: 'Message log' })
    .click();
  const rows = page.getByTestId('log-row');
  await expect(
    rows.filter({ hasText: 'oTeaFan' }).filter({ hasText: 'Reply "order" to order.' }),
  ).toContainText('Sent');
  await expect(
    rows.filter({ hasText: 'oStranger' }).filter({ hasText: 'Reply "order" to order.' }),
  ).toContainText('45015');
  await page.getByRole('button', { name: /Needs attention/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('oStranger');

  // One contact's messages only, from the contact's name in a row, and back.
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await rows.filter({ hasText: 'oTeaFan' }).first().getByRole('link', { name: 'oTeaFan' }).click();
  await expect(page).toHaveURL(/\?contact=oTeaFan$/);
  await expect(page.getByRole('status').filter({ hasText: 'Only the messages with oTeaFan.' })).toBeVisible();
  await expect(rows.filter({ hasText: 'oStranger' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'oTeaFan' }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Show all contacts' }).click();
  await expect(rows.filter({ hasText: 'oStranger' }).first()).toBeVisible();
});
