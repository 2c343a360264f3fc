import { readFile } from 'node:fs/promises';
import { buildLargeFlowDocument } from '../../core/examples/build-large-flow-document';
import { expect, test } from '@playwright/test';
import { connect, dropNode, edgeCount, expectSaved, node, selectNode } from './editor-helpers';
import { createFlow, newOwnerWithWorkspace } from './helpers';

test.use({ viewport: { width: 1600, height: 1000 } });

test('an operator builds a flow by drag and drop, configures it, undoes, reloads, exports and re-imports', async ({
  page,
}) => {
  await newOwnerWithWorkspace(page, { workspace: 'Editor shop' });
  await createFlow(page, 'City router');
  await page.getByRole('link', { name: 'City router', exact: true }).click();
  await expect(page.getByTestId('flow-canvas')).toBeVisible();

  // trigger → ask → condition → two messages, each dragged from the palette.
  const trigger = await dropNode(page, 'keyword-trigger', { x: 360, y: 60 });
  const ask = await dropNode(page, 'ask', { x: 360, y: 220 });
  const condition = await dropNode(page, 'condition', { x: 360, y: 380 });
  const shanghai = await dropNode(page, 'send-message', { x: 200, y: 560 });
  const other = await dropNode(page, 'send-message', { x: 520, y: 560 });

  // The trigger without keywords is reported, on the node and in the problems panel.
  const keywordProblem = page.locator(
    `[data-testid="problem-required-field-empty"][data-node-id="${trigger}"]`,
  );
  await expect(keywordProblem).toBeVisible();
  await expect(node(page, trigger).getByTestId('node-problems')).toBeVisible();
  await expect(page.getByTestId('compile-status')).toHaveAttribute('data-status', 'error');

  await connect(page, { node: trigger, port: 'out' }, ask);
  await connect(page, { node: ask, port: 'answer' }, condition);
  await connect(page, { node: condition, port: 'branch-1' }, shanghai);
  await connect(page, { node: condition, port: 'else' }, other);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);

  // Configure every node through the inspector.
  await selectNode(page, trigger);
  const keywordForm = page.getByTestId('inspector-keyword-trigger');
  await keywordForm.getByRole('textbox', { name: 'Keywords' }).fill('city');
  await keywordForm.getByRole('textbox', { name: 'Keywords' }).press('Enter');
  await expect(node(page, trigger)).toContainText('city');
  await expect(keywordProblem).toHaveCount(0);

  await selectNode(page, ask);
  const askForm = page.getByTestId('inspector-ask');
  await askForm.getByLabel('Text', { exact: true }).first().fill('Which city are you in?');
  await askForm.getByLabel('Save answer in').fill('city');
  await expect(node(page, ask)).toContainText('Which city are you in?');

  await selectNode(page, condition);
  const conditionForm = page.getByTestId('inspector-condition');
  await conditionForm.getByLabel('Branch label').fill('Shanghai');
  await conditionForm.getByRole('button', { name: 'Add condition' }).click();
  await conditionForm.getByRole('combobox', { name: 'Subject', exact: true }).fill('city');
  await conditionForm.getByRole('combobox', { name: 'Value', exact: true }).fill('Shanghai');
  await expect(node(page, condition)).toContainText('Shanghai');

  await selectNode(page, shanghai);
  await page
    .getByTestId('inspector-send-message')
    .getByLabel('Text', { exact: true })
    .first()
    .fill('Our Shanghai store opens at 9.');
  await selectNode(page, other);
  await page
    .getByTestId('inspector-send-message')
    .getByLabel('Text', { exact: true })
    .first()
    .fill('We will ship to {{ city }}.');
  await expect(page.getByTestId('compile-status')).not.toHaveAttribute('data-status', 'error');

  // Undo removes the last text, redo brings it back.
  const otherNode = node(page, other);
  await expect(otherNode).toContainText('We will ship to');
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await page.keyboard.press('Control+z');
  await expect(otherNode).not.toContainText('We will ship to');
  await page.keyboard.press('Control+Shift+z');
  await expect(otherNode).toContainText('We will ship to');
  // Deleting an edge and undoing it.
  await node(page, shanghai).click({ position: { x: 20, y: 10 } });
  await page.keyboard.press('Delete');
  await expect(node(page, shanghai)).toHaveCount(0);
  expect(await edgeCount(page)).toBe(3);
  await page.keyboard.press('Control+z');
  await expect(node(page, shanghai)).toBeVisible();
  expect(await edgeCount(page)).toBe(4);

  // Everything is saved: a reload shows the same flow.
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await expect(node(page, ask)).toContainText('Which city are you in?');
  await expect(node(page, other)).toContainText('We will ship to');

  // Export, break the flow, then import the file back.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('city-router.replyflow.json');
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    format: string;
    document: { nodes: unknown[]; edges: unknown[] };
  };
  expect(exported.format).toBe('replyflow/flow');
  expect(exported.document.nodes).toHaveLength(5);

  await node(page, condition).click({ position: { x: 20, y: 10 } });
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import into this flow' });
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'broken.replyflow.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format":"replyflow/flow","version":1,"document":{"schemaVersion":2,"nodes":[{"id":"x","type":"nope"}]}}',
    ),
  });
  await expect(dialog).toContainText('cannot be imported');
  await expect(dialog).toContainText('nodes.0.type');
  await dialog.locator('input[type="file"]').setInputFiles((await download.path())!);
  await dialog.getByRole('button', { name: "Replace this flow's draft" }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await expectSaved(page);
});

test('two tabs editing one flow: reload theirs, overwrite with mine, save mine as a copy', async ({
  page,
  context,
}) => {
  await newOwnerWithWorkspace(page, { workspace: 'Conflict shop' });
  await createFlow(page, 'Shared');
  await page.getByRole('link', { name: 'Shared', exact: true }).click();
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('flow-canvas')).toBeVisible();

  // The other tab saves first; this tab's next save is refused and the conflict is explained.
  await other.getByTestId('palette-fallback').click();
  await expectSaved(other);
  await page.getByTestId('palette-end').click();
  const conflict = page.getByTestId('conflict-dialog');
  await expect(conflict).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'conflict');
  await conflict.getByRole('button', { name: 'Reload theirs' }).click();
  await expect(page.getByTestId('node-fallback')).toBeVisible();
  await expect(page.getByTestId('node-end')).toHaveCount(0);

  // Now the other tab is behind: it overwrites with its own version.
  await page.getByTestId('palette-send-message').click();
  await expectSaved(page);
  await other.getByTestId('palette-handoff').click();
  await other.getByTestId('conflict-dialog').getByRole('button', { name: 'Overwrite with mine' }).click();
  await expectSaved(other);
  await page.reload();
  await expect(page.getByTestId('node-handoff')).toBeVisible();
  await expect(page.getByTestId('node-send-message')).toHaveCount(0);

  // And this tab, behind again, keeps its edit as a copy of the flow.
  await other.getByTestId('palette-delay').click();
  await expectSaved(other);
  await page.getByTestId('palette-go-to').click();
  await page.getByTestId('conflict-dialog').getByRole('button', { name: 'Save mine as a copy' }).click();
  await expect(page.getByRole('heading', { name: 'Shared (my copy)' })).toBeVisible();
  await expect(page.getByTestId('node-go-to')).toBeVisible();
  await expect(page.getByTestId('node-delay')).toHaveCount(0);
  await expectSaved(page);
  await other.reload();
  await expect(other.getByTestId('node-delay')).toBeVisible();
  await expect(other.getByTestId('node-go-to')).toHaveCount(0);
});

test('quick add from an output, insert on an edge, copy and paste into another flow, auto-layout', async ({
  page,
}) => {
  await newOwnerWithWorkspace(page, { workspace: 'Canvas shop' });
  await createFlow(page, 'Source');
  await createFlow(page, 'Target');
  await page.getByRole('link', { name: 'Source', exact: true }).click();
  const trigger = await dropNode(page, 'keyword-trigger', { x: 300, y: 60 });

  // Dragging the trigger's output into empty space offers the nodes that can follow.
  const handle = (await page.getByTestId(`handle-${trigger}-out`).boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2, handle.y + 260, { steps: 12 });
  await page.mouse.up();
  const menu = page.getByTestId('quick-add-menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByTestId('quick-add-keyword-trigger')).toHaveCount(0);
  await menu.getByTestId('quick-add-end').click();
  await expect(page.getByTestId('node-end')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // Dropping a message onto that edge puts it in between.
  const edge = (await page.locator('.react-flow__edge').first().boundingBox())!;
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.dragAndDrop('[data-testid="palette-send-message"]', '.react-flow__pane', {
    targetPosition: { x: edge.x + edge.width / 2 - pane.x, y: edge.y + edge.height / 2 - pane.y },
  });
  await expect(page.getByTestId('node-send-message')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  const message = (await page.getByTestId('node-send-message').getAttribute('data-node-id'))!;
  await expect(page.getByTestId(`handle-${message}-in`)).toBeVisible();

  // Auto-layout puts every target below its source.
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  const top = async (type: string) => (await page.getByTestId(`node-${type}`).boundingBox())!.y;
  await expect.poll(async () => (await top('keyword-trigger')) < (await top('send-message'))).toBe(true);
  await expect.poll(async () => (await top('send-message')) < (await top('end'))).toBe(true);
  await expectSaved(page);

  // Copy everything through the system clipboard and paste it into the other flow.
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  await page.goto(page.url().replace(/flows\/.*/, 'flows'));
  await page.getByRole('link', { name: 'Target', exact: true }).click();
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 200, y: 200 } });
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
});

test('a large imported flow opens on its first nodes, mounting only what is visible', async ({ page }) => {
  await newOwnerWithWorkspace(page, { workspace: 'Big shop' });
  const document = buildLargeFlowDocument(300);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a flow' });
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'big.replyflow.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'replyflow/flow', version: 1, name: 'Big flow', document })),
  });
  await dialog.getByRole('button', { name: 'Create flow' }).click();
  await expect(page.getByRole('heading', { name: 'Big flow' })).toBeVisible();
  await expect(node(page, 'kw-0')).toBeInViewport();
  const mounted = await page.locator('.react-flow__node').count();
  expect(mounted).toBeGreaterThan(0);
  expect(mounted).toBeLessThan(document.nodes.length / 2);
  await expectSaved(page);
});
