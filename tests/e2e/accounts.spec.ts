import { expect, test } from '@playwright/test';
import { newOwnerWithWorkspace } from './helpers';

test('an owner creates an official account and archives it after confirming', async ({ page }) => {
  const { workspacePath } = await newOwnerWithWorkspace(page, { workspace: 'Accounts Lab' });
  await page.goto(`${workspacePath}/accounts`);
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Name').fill('Acme 商城');
  await dialog.getByLabel('Type').selectOption({ label: 'Official Account (公众号)' });
  await expect(dialog.getByLabel('Time zone')).toHaveValue('Asia/Shanghai');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: /Acme 商城/ });
  await expect(row).toContainText('Official Account (公众号)');
  await expect(row).toContainText('Asia/Shanghai');

  await row.getByRole('button', { name: 'Archive' }).click();
  const confirm = page.getByRole('dialog', { name: 'Archive account?' });
  await expect(confirm).toContainText('“Acme 商城”');
  await confirm.getByRole('button', { name: 'Archive account' }).click();
  await expect(page.getByRole('row', { name: /Acme 商城/ })).toHaveCount(0);
  await expect(page.getByText('No accounts yet')).toBeVisible();

  await page.getByLabel('Show archived accounts').check();
  const archivedRow = page.getByRole('row', { name: /Acme 商城/ });
  await expect(archivedRow).toContainText('Archived');
  await archivedRow.getByRole('button', { name: 'Restore' }).click();
  await expect(archivedRow).not.toContainText('Archived');
  await page.getByLabel('Show archived accounts').uncheck();
  await expect(page.getByRole('row', { name: /Acme 商城/ })).toBeVisible();
});
