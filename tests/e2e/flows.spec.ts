import { expect, test } from '@playwright/test';
import { createFlow, newOwnerWithWorkspace } from './helpers';

test('an owner creates, renames, duplicates and deletes a flow', async ({ page }) => {
  await newOwnerWithWorkspace(page, { workspace: 'Flow Lab' });

  await createFlow(page, 'Welcome series', 'Greets new followers');
  const row = page.getByRole('row', { name: /Welcome series/ });
  await expect(row).toContainText('Greets new followers');
  await expect(row).toContainText('Olivia Owner');

  await row.getByRole('button', { name: 'Rename' }).click();
  const renameDialog = page.getByRole('dialog', { name: 'Rename flow' });
  await expect(renameDialog.getByLabel('Name')).toHaveValue('Welcome series');
  await renameDialog.getByLabel('Name').fill('Welcome journey');
  await renameDialog.getByRole('button', { name: 'Save' }).click();
  await expect(renameDialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Welcome journey', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Welcome series', exact: true })).toHaveCount(0);

  await page
    .getByRole('row', { name: /Welcome journey/ })
    .getByRole('button', { name: 'Duplicate' })
    .click();
  await expect(page.getByRole('link', { name: 'Welcome journey (copy)', exact: true })).toBeVisible();

  // Cancelling keeps the flow; confirming deletes exactly the named one.
  const copyRow = page.getByRole('row', { name: /Welcome journey \(copy\)/ });
  await copyRow.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete flow?' });
  await expect(confirm).toContainText('“Welcome journey (copy)”');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(copyRow).toBeVisible();

  await copyRow.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete flow' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('link', { name: 'Welcome journey (copy)', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Welcome journey', exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('link', { name: 'Welcome journey', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Welcome journey (copy)', exact: true })).toHaveCount(0);
});

test('opening a flow shows the editor route with its name, revision and empty canvas', async ({ page }) => {
  const { workspacePath } = await newOwnerWithWorkspace(page, { workspace: 'Editor Lab' });
  await createFlow(page, 'Order status');
  await page.getByRole('link', { name: 'Order status', exact: true }).click();
  await expect(page).toHaveURL(/\/flows\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Order status' })).toBeVisible();
  await expect(page.getByText(/Saved · revision 1/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Flow canvas' })).toBeVisible();
  await expect(page.getByText('This flow is empty')).toBeVisible();

  await page.getByRole('link', { name: /Flows/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${workspacePath}/flows$`));

  await page.goto(`${workspacePath}/flows/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByText('Flow not found')).toBeVisible();
});
