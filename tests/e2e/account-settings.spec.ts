import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAccountTab, openDemoAccount } from './helpers';

/**
 * Signs in as the seeded demo owner and opens the Chinese demo account: its settings are this spec's
 * own (the channels spec works on "Demo Web Chat").
 */
async function openShopAccount(page: Page): Promise<{ general: Locator; allowlist: Locator }> {
  await openDemoAccount(page, '示例商城公众号');
  await openAccountTab(page, 'Settings');
  const card = page.getByRole('region', { name: 'Account settings', exact: true });
  return {
    general: card.getByRole('region', { name: 'Conversations', exact: true }),
    allowlist: card.getByRole('region', { name: 'HTTP allowlist', exact: true }),
  };
}

test('an owner changes the session timeout; a bad time zone is explained and nothing typed is lost', async ({
  page,
}) => {
  const { general } = await openShopAccount(page);
  const timeout = general.getByLabel('Session timeout (minutes)');
  const timezone = general.getByLabel('Time zone');
  const save = general.getByRole('button', { name: 'Save' });
  await expect(general).toContainText('A conversation idle this long starts over at the next message.');
  await expect(save).toBeDisabled();

  const minutes = String(100 + Math.floor(Math.random() * 900));
  await timeout.fill(minutes);
  await timezone.fill('Mars/Olympus_Mons');
  await expect(save).toBeEnabled();
  await save.click();
  await expect(general.getByRole('alert')).toHaveText(
    'Unknown time zone. Use a name such as Asia/Shanghai or Europe/Berlin.',
  );
  await expect(timeout).toHaveValue(minutes);
  await expect(timezone).toHaveValue('Mars/Olympus_Mons');

  // Out of range: the server's bound, in words.
  await timezone.fill('Asia/Shanghai');
  await timeout.fill('50000');
  await save.click();
  await expect(general.getByRole('alert')).toHaveText('Enter a whole number of minutes from 1 to 43,200.');

  await timeout.fill(minutes);
  await save.click();
  await expect(general.getByRole('status')).toHaveText('✓ Saved');
  await expect(save).toBeDisabled();

  await page.reload();
  await expect(timeout).toHaveValue(minutes);
  await expect(timezone).toHaveValue('Asia/Shanghai');
  await expect(save).toBeDisabled();
});

test('an invalid allowlist line is named and saves nothing; valid entries are kept', async ({ page }) => {
  const { allowlist } = await openShopAccount(page);
  await expect(allowlist).toContainText('private or loopback addresses');
  const field = allowlist.getByLabel('Allowed private destinations');
  const save = allowlist.getByRole('button', { name: 'Save' });
  const before = await field.inputValue();

  await field.fill('api.internal.example\n\nnot a host!\n10.0.0.0/8');
  await save.click();
  const alert = allowlist.getByRole('alert');
  await expect(alert).toContainText('Nothing was saved.');
  await expect(alert).toContainText('Line 3: “not a host!” is not a hostname');
  await expect(alert).not.toContainText('Line 1');
  await expect(field).toHaveValue('api.internal.example\n\nnot a host!\n10.0.0.0/8');

  await page.reload();
  await expect(field).toHaveValue(before);

  const entries = ['api.internal.example', '*.corp.example', '192.168.1.20', 'fd00::/8'];
  await field.fill(`  ${entries.join('\n')}\n\n`);
  await save.click();
  await expect(allowlist.getByRole('status')).toHaveText('✓ Saved');
  await expect(field).toHaveValue(entries.join('\n'));

  await page.reload();
  await expect(field).toHaveValue(entries.join('\n'));
  await expect(save).toBeDisabled();
});
