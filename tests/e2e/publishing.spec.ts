import { expect, test, type Page } from '@playwright/test';
import { connect, dropNode, expectSaved, node, selectNode } from './editor-helpers';
import { createFlow, newOwnerWithWorkspace, openAccountTab } from './helpers';

test.use({ viewport: { width: 1600, height: 1000 } });

/** Creates a web account with a web chat channel; returns the chat page's path. */
async function accountWithWebChat(page: Page, workspacePath: string, name: string): Promise<string> {
  await page.goto(`${workspacePath}/accounts`);
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Type').selectOption({ label: 'Web' });
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await openAccountTab(page, 'Channels');
  await expect(page).toHaveURL(/\?tab=channels$/);
  await page.getByRole('button', { name: 'Add channel' }).first().click();
  const add = page.getByRole('dialog', { name: 'Add channel' });
  await add.getByLabel('Type').selectOption({ label: 'Web chat' });
  await add.getByLabel('Name').fill(`${name} chat`);
  await add.getByRole('button', { name: 'Create channel' }).click();
  await expect(add).toBeHidden();
  const chatPage = page
    .getByRole('region', { name: `${name} chat`, exact: true })
    .getByLabel('Hosted chat page', { exact: true });
  await expect(chatPage).toBeVisible();
  const url = await chatPage.inputValue();
  return new URL(url).pathname;
}

/** A visitor's chat page: `say` sends and waits until the server took the message. */
async function openChat(page: Page, path: string) {
  const chatPage = await page.context().newPage();
  await chatPage.goto(path);
  const log = chatPage.getByRole('log', { name: 'Conversation' });
  const box = chatPage.getByRole('textbox', { name: 'Message' });
  return {
    log,
    async say(text: string) {
      await box.fill(text);
      await box.press('Enter');
      await expect(box).toHaveValue('');
      await expect(log.getByText('Sending…')).toHaveCount(0, { timeout: 30_000 });
    },
  };
}

async function setReply(page: Page, nodeId: string, text: string) {
  await selectNode(page, nodeId);
  await page.getByTestId('inspector-send-message').getByLabel('Text', { exact: true }).first().fill(text);
  await expect(node(page, nodeId)).toContainText(text);
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await expectSaved(page);
}

async function publish(page: Page, expected: RegExp) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish flow' });
  for (const account of ['North Shop', 'South Shop'])
    await dialog.getByRole('checkbox', { name: account, exact: true }).check();
  await dialog.getByRole('button', { name: 'Publish version' }).click();
  await expect(dialog.getByTestId('publish-success')).toContainText(expected);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();
}

test('an operator publishes to two accounts, chats with both, republishes, reads the diff and rolls back', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { workspacePath } = await newOwnerWithWorkspace(page, { workspace: 'Publishing Lab' });
  const north = await accountWithWebChat(page, workspacePath, 'North Shop');
  const south = await accountWithWebChat(page, workspacePath, 'South Shop');

  // A keyword → message flow drawn in the editor.
  await page.goto(`${workspacePath}/flows`);
  await createFlow(page, 'Greeter');
  await page.getByRole('link', { name: 'Greeter', exact: true }).click();
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await expect(page.getByTestId('publish-status')).toHaveAttribute('data-status', 'never');
  const trigger = await dropNode(page, 'keyword-trigger', { x: 360, y: 80 });
  const message = await dropNode(page, 'send-message', { x: 360, y: 260 });
  await connect(page, { node: trigger, port: 'out' }, message);
  await selectNode(page, trigger);
  const keywords = page.getByTestId('inspector-keyword-trigger').getByRole('textbox', { name: 'Keywords' });
  await keywords.fill('hello');
  await keywords.press('Enter');
  await setReply(page, message, 'Hi from version one');

  await publish(page, /Version 1 is live on/);
  await expect(page.getByTestId('publish-status')).toHaveAttribute('data-status', 'published');

  const northChat = await openChat(page, north);
  const southChat = await openChat(page, south);
  await northChat.say('hello');
  await expect(northChat.log.getByText('Hi from version one')).toHaveCount(1);
  await southChat.say('hello');
  await expect(southChat.log.getByText('Hi from version one')).toHaveCount(1);

  // Change the answer: the draft differs from what is live until it is published again.
  await setReply(page, message, 'Hi from version two');
  await expect(page.getByTestId('publish-status')).toHaveAttribute('data-status', 'changed');
  await publish(page, /Version 2 is live on/);
  await northChat.say('hello');
  await expect(northChat.log.getByText('Hi from version two')).toHaveCount(1);
  await southChat.say('hello');
  await expect(southChat.log.getByText('Hi from version two')).toHaveCount(1);

  // The history shows both versions and what changed between them.
  await page.getByRole('link', { name: 'History', exact: true }).click();
  const versions = page.getByRole('table', { name: 'Versions' });
  await expect(versions.getByRole('row', { name: /v2/ })).toContainText('North Shop');
  await expect(versions.getByRole('row', { name: /v2/ })).toContainText('South Shop');
  await expect(page.getByRole('region', { name: 'Changes' })).toContainText('1 node changed');
  await expect(page.getByText('data.messages[0].text')).toBeVisible();
  await expect(page.getByText('"Hi from version one"')).toBeVisible();
  await expect(page.getByText('"Hi from version two"')).toBeVisible();
  await page.getByRole('tab', { name: 'Canvas' }).click();
  await expect(page.getByRole('region', { name: 'Visual compare' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();

  // Roll back both accounts to version 1 in one action.
  await versions.getByRole('row', { name: /v1/ }).getByRole('button', { name: 'Roll back…' }).click();
  const rollback = page.getByRole('dialog', { name: 'Roll back to v1' });
  for (const account of ['North Shop', 'South Shop'])
    await rollback.getByRole('checkbox', { name: account, exact: true }).check();
  await rollback.getByRole('button', { name: 'Roll back', exact: true }).click();
  await expect(rollback).toBeHidden();
  await expect(versions.getByRole('row', { name: /v1/ })).toContainText('North Shop');
  await expect(versions.getByRole('row', { name: /v1/ })).toContainText('South Shop');

  await northChat.say('hello');
  await expect(northChat.log.getByText('Hi from version one')).toHaveCount(2);
  await southChat.say('hello');
  await expect(southChat.log.getByText('Hi from version one')).toHaveCount(2);

  // The account says what runs there, and the owner's audit log has every step.
  await page.goto(`${workspacePath}/accounts`);
  await page.getByRole('link', { name: 'North Shop', exact: true }).click();
  const live = page.getByRole('table', { name: 'Live flows' });
  await expect(live.getByRole('row', { name: /Greeter/ })).toContainText('v1');
  await page.getByRole('link', { name: 'Audit log' }).first().click();
  const audit = page.getByRole('table', { name: 'Audit log' });
  await expect(audit).toContainText('Rolled back Greeter to v1');
  await expect(audit).toContainText('Published Greeter v2');
});

test('an operator answers without a canvas, then settles a rule conflict in the reply rules table', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { workspacePath } = await newOwnerWithWorkspace(page, { workspace: 'Auto Reply Lab' });
  const chatPath = await accountWithWebChat(page, workspacePath, 'Corner Cafe');

  await openAccountTab(page, 'Auto replies');
  await page.getByRole('switch', { name: 'Enable welcome reply' }).check();
  const welcome = page.getByRole('region', { name: 'Welcome reply' });
  await welcome.getByRole('textbox', { name: 'Reply text' }).fill('Welcome to the cafe!');

  const rules = page.getByRole('region', { name: 'Keyword replies' });
  await rules.getByRole('button', { name: 'Add keyword reply' }).click();
  const first = rules.getByRole('listitem', { name: 'Keyword reply 1' });
  await first.getByRole('textbox', { name: 'Keywords' }).fill('hours');
  await first.getByRole('textbox', { name: 'Keywords' }).press('Enter');
  await first.getByRole('textbox', { name: 'Reply text' }).fill('Open 8 to 6.');
  await rules.getByRole('button', { name: 'Add keyword reply' }).click();
  const second = rules.getByRole('listitem', { name: 'Keyword reply 2' });
  await second.getByRole('textbox', { name: 'Keywords' }).fill('hour');
  await second.getByRole('textbox', { name: 'Keywords' }).press('Enter');
  await second.getByRole('radio', { name: 'Contains' }).check();
  await second.getByRole('textbox', { name: 'Reply text' }).fill('Ask about hours any time.');

  await page.getByRole('switch', { name: 'Enable default reply' }).check();
  await page
    .getByRole('region', { name: 'Default reply' })
    .getByRole('textbox', { name: 'Reply text' })
    .fill('A barista will answer soon.');
  await page.getByRole('button', { name: 'Save and publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Live as version 1' })).toBeVisible();

  // The visitor's first open is a follow: the welcome reply; then keywords and the default reply.
  const chat = await openChat(page, chatPath);
  await expect(chat.log.getByText('Welcome to the cafe!')).toBeVisible();
  await chat.say('hours');
  await expect(chat.log.getByText('Open 8 to 6.')).toHaveCount(1);
  await chat.say('anything else?');
  await expect(chat.log.getByText('A barista will answer soon.')).toHaveCount(1);

  // Exact "hours" and contains "hour" overlap at the same priority: a conflict.
  await openAccountTab(page, 'Reply rules');
  const table = page.getByRole('table', { name: 'Reply rules' });
  await expect(page.getByRole('status').filter({ hasText: /1 conflict/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /hour/ }).filter({ hasText: 'Conflict with #1' })).toHaveCount(
    1,
  );

  // Raising the contains rule above it makes the exact one unreachable, and the runtime follows.
  const priority = table.getByRole('spinbutton', { name: 'Priority of hour', exact: true });
  await priority.fill('5');
  await priority.locator('xpath=ancestor::tr').getByRole('button', { name: 'Save priority' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'Never fires' })).toHaveCount(1);
  await chat.say('hours');
  await expect(chat.log.getByText('Ask about hours any time.')).toHaveCount(1);
});
