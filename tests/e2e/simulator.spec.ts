import { expect, test, type Page } from '@playwright/test';
import { simulatorFlow } from '../fixtures/simulator-flow';
import { expectSaved, node, selectNode } from './editor-helpers';
import { createInviteLink, joinWithInvite, newOwnerWithWorkspace, uniqueEmail } from './helpers';

test.use({ viewport: { width: 1600, height: 1000 } });

async function importFlow(page: Page, name: string, tests?: unknown[]) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a flow' });
  const document = simulatorFlow({ orderUrl: 'https://orders.example.com/1' });
  const file = {
    format: 'replyflow/flow',
    version: 1,
    name,
    exportedAt: '2026-11-21T00:00:00Z',
    document,
    tests,
  };
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'sim.replyflow.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await dialog.getByRole('button', { name: 'Create flow' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** The simulator panel's controls. */
function simulator(page: Page) {
  const panel = page.getByTestId('simulator-panel');
  const bot = panel.getByTestId('sim-bot-message');
  return {
    panel,
    bot,
    async say(text: string, reply: string) {
      await panel.getByTestId('sim-input').fill(text);
      await panel.getByTestId('sim-send').click();
      await expect(bot.last()).toContainText(reply);
      await expect(panel.getByTestId('sim-input')).toHaveValue('');
    },
    async setClock(local: string) {
      await panel.getByTestId('sim-set-clock').click();
      await page.getByTestId('sim-clock-input').fill(local);
      await page.getByRole('dialog').getByRole('button', { name: 'Set' }).click();
      await expect(page.getByRole('dialog')).toBeHidden();
    },
  };
}

test('simulate a flow, keep it as a test case, and see a breaking change fail and block publishing', async ({
  page,
}) => {
  await newOwnerWithWorkspace(page, { workspace: 'Test mode shop' });
  await importFlow(page, 'Poster campaign');

  await page.getByTestId('simulator-toggle').click();
  const sim = simulator(page);
  await expect(sim.panel).toBeVisible();
  // Monday 10:00 on the flow's clock (Asia/Shanghai).
  await sim.setClock('2026-11-23T10:00');
  await expect(sim.panel.getByTestId('sim-clock')).toContainText('10:00');

  // A follow through a parameter QR code.
  await sim.panel.getByTestId('sim-event-menu').click();
  await page.getByTestId('sim-event-follow-scene').click();
  await page.getByTestId('sim-event-field-scene').fill('promo42');
  await page.getByRole('dialog').getByRole('button', { name: 'Send' }).click();
  await expect(sim.bot.last()).toContainText('Welcome from the poster!');
  await expect(sim.panel.getByTestId('sim-system-line').filter({ hasText: 'promo42' })).toHaveCount(1);
  // The path is drawn on the canvas.
  await expect(node(page, 'tag-qr').locator('[data-sim-path="true"]')).toHaveCount(1);

  // A question with a retry.
  await sim.say('quiz', 'How old are you?');
  await expect(node(page, 'ask-age').locator('[data-sim-active="true"]')).toHaveCount(1);
  await sim.say('old enough', 'Please send a number.');
  await sim.say('33', 'Noted: 33.');

  // The time window at two simulated times.
  await sim.say('hours', 'We are open.');
  await sim.setClock('2026-11-21T10:00');
  await expect(sim.panel.getByTestId('sim-clock')).toContainText('Sat');
  await sim.say('hours', 'We are closed.');

  // A delay, fast-forwarded.
  await sim.say('remind', 'I will remind you in an hour.');
  await expect(sim.panel.getByTestId('sim-pending-timer')).toHaveCount(1);
  await sim.panel.getByTestId('sim-next-timer').click();
  await expect(sim.bot.last()).toContainText('Reminder!');
  await expect(sim.panel.getByTestId('sim-pending-timer')).toHaveCount(0);

  // Each reply leads to its node.
  await sim.bot.last().getByTestId('reply-node-link').click();
  await expect(node(page, 'send-remind')).toHaveClass(/selected/);

  // The state inspector shows the variables.
  await sim.panel.getByTestId('sim-tab-state').click();
  await expect(sim.panel.getByTestId('sim-variable-age')).toContainText('33');

  // Save the conversation as a test case; it passes.
  await sim.panel.getByTestId('sim-tab-tests').click();
  await sim.panel.getByTestId('save-test-case').click();
  await page.getByTestId('test-case-name').fill('Poster happy path');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(sim.panel.getByTestId('test-case-row')).toContainText('Poster happy path');
  await sim.panel.getByTestId('run-all-tests').click();
  await expect(sim.panel.getByTestId('test-summary')).toHaveAttribute('data-status', 'passed');

  // Change the flow so it breaks: the open-hours reply.
  await sim.panel.getByTestId('sim-close').click();
  await page.locator('.react-flow__controls-fitview').click();
  await selectNode(page, 'send-open');
  await page
    .getByTestId('inspector-send-message')
    .getByLabel('Text', { exact: true })
    .first()
    .fill('Come on in!');
  await expect(node(page, 'send-open')).toContainText('Come on in!');
  await expectSaved(page);

  await page.getByTestId('simulator-toggle').click();
  await sim.panel.getByTestId('sim-tab-tests').click();
  await sim.panel.getByTestId('run-all-tests').click();
  await expect(sim.panel.getByTestId('test-summary')).toHaveAttribute('data-status', 'failed');
  const diff = sim.panel.getByTestId('test-diff');
  await expect(diff.locator('[data-kind="expected"]')).toContainText('We are open.');
  await expect(diff.locator('[data-kind="actual"]')).toContainText('Come on in!');

  // Publishing runs the test cases and blocks.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish flow' });
  await expect(dialog.getByTestId('publish-tests')).toHaveAttribute('data-status', 'failed');
  await expect(dialog.getByTestId('publish-tests')).toContainText('Poster happy path');
  const publish = dialog.getByRole('button', { name: 'Publish version' });
  await expect(publish).toBeDisabled();
  // An owner may override, explicitly.
  await dialog.getByTestId('publish-override-tests').check();
  await publish.click();
  await expect(dialog.getByText('Version 1 saved')).toBeVisible();
  await expect(dialog.getByText('Published although 1 test case fails: Poster happy path')).toBeVisible();
  await expect(page.getByTestId('publish-status')).toContainText('v1');
});

test('a flow file brings its test cases; a viewer reads and runs them but cannot simulate', async ({
  page,
  browser,
}) => {
  const { workspacePath } = await newOwnerWithWorkspace(page, { workspace: 'Review shop' });
  // A test case as exported with a flow: on Monday 10:00, "hours" must answer "We are open."
  const openingHours = {
    version: 1,
    name: 'Opening hours',
    setup: { channel: 'wechat_mp', startAt: Date.parse('2026-11-23T02:00:00Z'), seed: 1 },
    steps: [
      {
        action: { type: 'event', event: { type: 'text', text: 'hours' } },
        expect: [{ message: { kind: 'text', text: 'We are open.' }, nodeId: 'send-open' }],
      },
    ],
  };
  await importFlow(page, 'Reviewed flow', [openingHours]);

  const link = await createInviteLink(page, { workspacePath, email: uniqueEmail('viewer'), role: 'Viewer' });
  const viewer = await joinWithInvite(browser, { link, workspacePath, name: 'Vic Viewer' });
  await viewer.getByRole('link', { name: 'Reviewed flow', exact: true }).click();
  await viewer.getByTestId('simulator-toggle').click();
  const panel = viewer.getByTestId('test-cases-panel');
  await expect(panel.getByTestId('test-case-row')).toContainText('Opening hours');
  await expect(panel.getByTestId('sim-input')).toHaveCount(0);
  await expect(panel.getByTestId('save-test-case')).toHaveCount(0);
  await panel.getByTestId('run-all-tests').click();
  await expect(panel.getByTestId('test-summary')).toHaveAttribute('data-status', 'passed');
  await viewer.context().close();
});
