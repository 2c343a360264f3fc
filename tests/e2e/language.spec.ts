import { expect, test } from '@playwright/test';
import { newOwnerWithWorkspace, PASSWORD, signIn, uniqueEmail } from './helpers';

test('the language switch turns the UI Chinese and the choice is saved on the user', async ({
  page,
  context,
}) => {
  const { email } = await newOwnerWithWorkspace(page, { workspace: 'Polyglot Team' });
  await expect(page.getByRole('heading', { level: 1, name: 'Flows' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '流程' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建流程' })).toBeVisible();
  await expect(page.getByRole('link', { name: '成员' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '流程' })).toBeVisible();

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  // Forget the browser's language cookie: only the choice saved on the user can bring Chinese back.
  await context.clearCookies();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]+\/flows$/);
  await expect(page.getByRole('heading', { level: 1, name: '流程' })).toBeVisible();
  await expect(page.getByText('还没有流程')).toBeVisible();
});

test('someone who signs up in Chinese keeps Chinese without the browser cookie', async ({
  page,
  context,
}) => {
  await context.addCookies([
    { name: 'replyflow_locale', value: 'zh-CN', url: test.info().project.use.baseURL! },
  ]);
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { name: '创建账号' })).toBeVisible();
  await page.getByLabel('你的名字').fill('李雷');
  await page.getByLabel('邮箱').fill(uniqueEmail('zh'));
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '创建账号' }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  await page.getByLabel('工作区名称').fill('李雷的客服');
  await page.getByRole('button', { name: '创建工作区' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '流程' })).toBeVisible();

  await context.clearCookies({ name: 'replyflow_locale' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '流程' })).toBeVisible();
  await expect(page.getByText('你的角色：所有者')).toBeVisible();
});
