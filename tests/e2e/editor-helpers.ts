import { expect, type Page } from '@playwright/test';

/** Drags a node type from the palette onto the canvas at a point relative to the pane; returns the new node's id. */
export async function dropNode(page: Page, type: string, at: { x: number; y: number }): Promise<string> {
  const before = await page
    .locator(`[data-testid="node-${type}"]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-node-id')));
  await page.dragAndDrop(`[data-testid="palette-${type}"]`, '.react-flow__pane', { targetPosition: at });
  const created = page.locator(`[data-testid="node-${type}"]`);
  await expect(created).toHaveCount(before.length + 1);
  const ids = await created.evaluateAll((els) => els.map((el) => el.getAttribute('data-node-id')));
  const id = ids.find((candidate) => !before.includes(candidate));
  if (!id) throw new Error(`no new ${type} node appeared`);
  return id;
}

/** Drags a connection from a node's output handle to another node's input handle. */
export async function connect(page: Page, from: { node: string; port: string }, to: string): Promise<void> {
  const source = await page.getByTestId(`handle-${from.node}-${from.port}`).boundingBox();
  const target = await page.getByTestId(`handle-${to}-in`).boundingBox();
  if (!source || !target) throw new Error('handle not visible');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** A node's card on the canvas. */
export const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Selects a node by clicking its header (opens its form in the inspector). */
export async function selectNode(page: Page, id: string): Promise<void> {
  await node(page, id).click({ position: { x: 20, y: 10 } });
}

export const edgeCount = (page: Page) => page.locator('.react-flow__edge').count();

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
}
