import { expect, test } from '@playwright/test';
import {
  createFlow,
  createInviteLink,
  joinWithInvite,
  newOwnerWithWorkspace,
  PASSWORD,
  uniqueEmail,
} from './helpers';

test('an owner invites by link and the invitee signs up, accepts and enters the workspace', async ({
  page,
  browser,
}) => {
  const { workspacePath } = await newOwnerWithWorkspace(page, { workspace: 'Invite Lab' });
  const inviteeEmail = uniqueEmail('invitee');
  const link = await createInviteLink(page, { workspacePath, email: inviteeEmail, role: 'Editor' });
  await expect(page.getByRole('list', { name: 'Pending invites' })).toContainText(inviteeEmail);

  const invitee = await browser.newContext();
  const other = await invitee.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Join Invite Lab' })).toBeVisible();
  await other.getByRole('link', { name: 'Create an account to join' }).click();
  await expect(other.getByLabel('Email')).toHaveValue(inviteeEmail);
  await other.getByLabel('Your name').fill('Ivan Invitee');
  await other.getByLabel('Password').fill(PASSWORD);
  await other.getByRole('button', { name: 'Create account' }).click();

  await expect(other).toHaveURL(/\/invite\//);
  await other.getByRole('button', { name: 'Accept and join' }).click();
  await expect(other).toHaveURL(new RegExp(`${workspacePath}/flows$`));
  const sidebar = other.getByRole('complementary', { name: 'Sidebar' });
  await expect(sidebar.getByRole('button', { name: /Invite Lab/ })).toBeVisible();
  await expect(sidebar.getByText('Your role: Editor')).toBeVisible();

  // The link worked once.
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Invite not valid' })).toBeVisible();
  await invitee.close();

  await page.reload();
  await expect(page.getByRole('row', { name: /Ivan Invitee/ })).toContainText(inviteeEmail);
  await expect(page.getByText('No pending invites.')).toBeVisible();

  // Owners change roles; the last owner cannot step down.
  await page.getByLabel('Role of Ivan Invitee').selectOption('viewer');
  await expect(page.getByLabel('Role of Ivan Invitee')).toHaveValue('viewer');
  await page.reload();
  await expect(page.getByLabel('Role of Ivan Invitee')).toHaveValue('viewer');
  await page.getByLabel('Role of Olivia Owner').selectOption('editor');
  await expect(page.getByText('A workspace needs at least one owner.')).toBeVisible();
  await expect(page.getByLabel('Role of Olivia Owner')).toHaveValue('owner');

  await page
    .getByRole('row', { name: /Ivan Invitee/ })
    .getByRole('button', { name: 'Remove' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Remove member?' });
  await expect(confirm).toContainText('Ivan Invitee');
  await confirm.getByRole('button', { name: 'Remove member' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: /Ivan Invitee/ })).toHaveCount(0);
});

test('inviting a member again is explained; a revoked invite link no longer works', async ({
  page,
  browser,
}) => {
  const { workspacePath, email: ownerEmail } = await newOwnerWithWorkspace(page, { workspace: 'Revoke Lab' });
  await page.goto(`${workspacePath}/members`);
  await page.getByLabel('Email address').fill('not-an-email');
  await page.getByRole('button', { name: 'Create invite link' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await page.getByLabel('Email address').fill(ownerEmail);
  await page.getByRole('button', { name: 'Create invite link' }).click();
  await expect(page.getByText('This person is already a member.')).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveValue(ownerEmail);

  const email = uniqueEmail('revoked');
  const link = await createInviteLink(page, { workspacePath, email, role: 'Editor' });
  await page.getByRole('button', { name: `Revoke the invite for ${email}` }).click();
  await expect(page.getByText('No pending invites.')).toBeVisible();

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole('heading', { name: 'Invite not valid' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Create an account to join' })).toHaveCount(0);
  await anonymous.close();
});

test('a viewer sees the flows but no write buttons', async ({ page, browser }) => {
  const { workspacePath } = await newOwnerWithWorkspace(page, { workspace: 'Viewer Lab' });
  await createFlow(page, 'Read-only flow');
  const viewerEmail = uniqueEmail('viewer');
  const link = await createInviteLink(page, { workspacePath, email: viewerEmail, role: 'Viewer' });

  const viewer = await joinWithInvite(browser, { link, workspacePath, name: 'Vera Viewer' });

  await expect(viewer.getByRole('link', { name: 'Read-only flow', exact: true })).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'New flow' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Rename' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Duplicate' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Delete' })).toHaveCount(0);

  await viewer.getByRole('link', { name: 'Accounts' }).click();
  await expect(viewer.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await expect(viewer.getByText('No accounts yet')).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'New account' })).toHaveCount(0);

  await viewer.getByRole('link', { name: 'Members' }).click();
  await expect(viewer.getByRole('row', { name: /Vera Viewer/ })).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Create invite link' })).toHaveCount(0);
  await viewer.context().close();
});

test('someone who is not a member is told so instead of seeing the workspace', async ({ page, browser }) => {
  const { workspacePath } = await newOwnerWithWorkspace(page, { workspace: 'Private Lab' });
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await newOwnerWithWorkspace(stranger, { name: 'Sam Stranger', workspace: 'Elsewhere' });
  await stranger.goto(`${workspacePath}/flows`);
  await expect(stranger.getByRole('heading', { name: 'No access to this workspace' })).toBeVisible();
  await expect(stranger.getByText('Private Lab')).toHaveCount(0);
  await strangerContext.close();
});
