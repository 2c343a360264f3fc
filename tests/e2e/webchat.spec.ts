import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { PORT } from './ports';

// The seeded demo workspace has a web chat channel with the public key `demo-webchat` on the account
// "Demo Web Chat", with the example flows published to it (core/examples): the follow-welcome flow
// greets a new visitor, the e-commerce FAQ answers keywords and shows a menu, the lead-capture flow
// asks questions with validation.
const CHAT = '/chat/demo-webchat';

function chat(page: Page) {
  const log = page.getByRole('log', { name: 'Conversation' });
  const box = page.getByRole('textbox', { name: 'Message' });
  return {
    log,
    box,
    /** Sends a message and waits until the server confirmed it (no unsent bubble left). */
    async say(text: string, via: 'enter' | 'button' = 'enter') {
      await box.fill(text);
      if (via === 'enter') await box.press('Enter');
      else await page.getByRole('button', { name: 'Send' }).click();
      await expect(box).toHaveValue('');
      await expect(log.getByText('Sending…')).toHaveCount(0, { timeout: 30_000 });
    },
  };
}

test('an anonymous visitor chats with the demo bot, and the transcript survives a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(CHAT);
  const { log, box, say } = chat(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The first open is a `follow` event: one of the two welcome variants (A/B split).
  await expect(log.getByText(/欢迎关注！/)).toBeVisible();

  // A keyword and its answer; Shift+Enter adds a line instead of sending.
  await box.fill('shipping');
  await box.press('Shift+Enter');
  await expect(box).toHaveValue('shipping\n');
  await box.fill('');
  await say('shipping', 'button');
  await expect(log.getByText('全场满 99 元包邮，偏远地区另计。下单后 48 小时内发货。')).toBeVisible();

  // A menu: its options are buttons; a click is shown as the visitor's message and answered.
  await say('menu');
  const options = log.getByRole('group', { name: 'Options' }).last();
  await expect(log.getByText(/请选择/)).toBeVisible();
  await options.getByRole('button', { name: '退货流程' }).click();
  await expect(log.getByText('签收后 7 天内可无理由退货。', { exact: false })).toBeVisible();
  await expect(log.getByRole('link', { name: /退货政策/ })).toHaveAttribute(
    'href',
    'https://shop.example.com/returns',
  );
  await expect(log.getByRole('link', { name: /退货政策/ })).toHaveAttribute('target', '_blank');

  // A multi-turn form with validation: an invalid answer gets the retry message, then it goes on.
  await say('demo');
  await expect(log.getByText('好的！先请问怎么称呼您？')).toBeVisible();
  await say('王小明');
  await expect(log.getByText('王小明，请留下您的手机号，方便顾问联系您：')).toBeVisible();
  await say('12345');
  await expect(log.getByText('手机号格式不正确，请输入 11 位手机号，例如 13800138000。')).toBeVisible();
  await say('13800138000');
  await expect(log.getByText('您的工作邮箱是？（用于接收演示资料）')).toBeVisible();
  await say('wang@example.com');
  await expect(log.getByText('贵公司规模是？')).toBeVisible();
  await log.getByRole('group', { name: 'Options' }).last().getByRole('button', { name: '11-100 人' }).click();
  // The lead is posted to a CRM first (an HTTP step): the thanks may come with the answer or by polling.
  await expect(log.getByText('谢谢 王小明！顾问会在 1 个工作日内致电 13800138000。')).toBeVisible({
    timeout: 30_000,
  });

  // The same visitor after a reload: the whole transcript is back, and no second welcome.
  await page.reload();
  await expect(log.getByText('全场满 99 元包邮，偏远地区另计。下单后 48 小时内发货。')).toBeVisible();
  await expect(log.getByText('谢谢 王小明！顾问会在 1 个工作日内致电 13800138000。')).toBeVisible();
  await expect(log.getByText(/欢迎关注！/)).toHaveCount(1);
  await say('shipping');
  await expect(log.getByText('全场满 99 元包邮，偏远地区另计。下单后 48 小时内发货。')).toHaveCount(2);
});

test('the chat speaks Chinese with ?lang=zh-CN or a Chinese browser', async ({ page, browser }) => {
  await page.goto(`${CHAT}?lang=zh-CN`);
  await expect(page.getByRole('log', { name: '对话记录' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '消息' })).toHaveAttribute('placeholder', '输入消息…');
  await expect(page.getByRole('button', { name: '发送' })).toBeVisible();
  await expect(page.getByText('通常即时回复')).toBeVisible();

  const zhBrowser = await browser.newContext({ locale: 'zh-CN' });
  const zhPage = await zhBrowser.newPage();
  await zhPage.goto(`http://127.0.0.1:${PORT}${CHAT}`);
  await expect(zhPage.getByRole('textbox', { name: '消息' })).toBeVisible();
  await zhPage.goto(`http://127.0.0.1:${PORT}${CHAT}?lang=en`);
  await expect(zhPage.getByRole('textbox', { name: 'Message' })).toBeVisible();
  await zhBrowser.close();
});

test('an unknown channel says the chat is not available', async ({ page }) => {
  await page.goto('/chat/no-such-channel-key');
  await expect(page.getByRole('alert').filter({ hasText: 'This chat is not available.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  await page.goto('/chat/abc?lang=zh-CN');
  await expect(page.getByText('该聊天不可用。')).toBeVisible();
});

test('the chat may be framed by any site, the rest of the product by none', async ({ request }) => {
  const chatPage = await request.get(CHAT);
  expect(chatPage.status()).toBe(200);
  expect(chatPage.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(chatPage.headers()['x-frame-options']).toBeUndefined();

  const embedScript = await request.get('/embed.js');
  expect(embedScript.status()).toBe(200);
  expect(embedScript.headers()['content-type']).toContain('javascript');
  expect(embedScript.headers()['x-frame-options']).toBeUndefined();

  const signIn = await request.get('/sign-in');
  expect(signIn.headers()['x-frame-options']).toBe('DENY');
  expect(signIn.headers()['content-security-policy'] ?? '').not.toContain('frame-ancestors *');
});

test('the embed script adds a chat button that opens the chat in an iframe on another site', async ({
  page,
}) => {
  // Another site (its own origin, on loopback like the product server) embedding the widget.
  const site = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><body><h1>Shop</h1>
      <script src="http://127.0.0.1:${PORT}/embed.js" data-channel="demo-webchat" data-lang="en" async></script>
    </body></html>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    const launcher = page.getByRole('button', { name: 'Open chat' });
    await launcher.click();
    await expect(page.getByRole('button', { name: 'Close chat' })).toHaveAttribute('aria-expanded', 'true');
    const frame = page.frameLocator('#replyflow-panel iframe');
    await expect(frame.getByRole('log', { name: 'Conversation' }).getByText(/欢迎关注！/)).toBeVisible();
    await expect(frame.getByText('Powered by ReplyFlow')).toHaveCount(0);

    // The embedded header's close button folds the panel away (a message to the host page).
    await frame.getByRole('button', { name: 'Close chat' }).click();
    await expect(page.locator('#replyflow-panel')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Open chat' })).toHaveAttribute('aria-expanded', 'false');
  } finally {
    site.close();
  }
});
