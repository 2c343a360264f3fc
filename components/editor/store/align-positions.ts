import { type FlowNode } from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { type AlignMode, type XY } from './editor-state';

export const DEFAULT_NODE_SIZE = { width: 240, height: 120 };

type Box = { id: string; x: number; y: number; width: number; height: number };

/**
 * New positions that align (or evenly distribute) the given nodes. Distribution keeps the two
 * outermost nodes in place and spaces the others so the gaps between them are equal.
 */
export function alignPositions(input: {
  nodes: readonly FlowNode[];
  sizes: Record<string, { width: number; height: number }>;
  mode: AlignMode;
}): Record<string, XY> {
  const boxes: Box[] = input.nodes.map((n) => ({
    id: n.id,
    ...n.position,
    ...(input.sizes[n.id] ?? DEFAULT_NODE_SIZE),
  }));
  if (boxes.length < 2) return {};
  const left = Math.min(...boxes.map((b) => b.x));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const out: Record<string, XY> = {};
  const set = (b: Box, x: number, y: number) => (out[b.id] = { x: Math.round(x), y: Math.round(y) });
  switch (input.mode) {
    case 'left':
      boxes.forEach((b) => set(b, left, b.y));
      break;
    case 'center':
      boxes.forEach((b) => set(b, (left + right) / 2 - b.width / 2, b.y));
      break;
    case 'right':
      boxes.forEach((b) => set(b, right - b.width, b.y));
      break;
    case 'top':
      boxes.forEach((b) => set(b, b.x, top));
      break;
    case 'middle':
      boxes.forEach((b) => set(b, b.x, (top + bottom) / 2 - b.height / 2));
      break;
    case 'bottom':
      boxes.forEach((b) => set(b, b.x, bottom - b.height));
      break;
    case 'distribute-horizontal':
      distribute(boxes, 'x', 'width', set);
      break;
    case 'distribute-vertical':
      distribute(boxes, 'y', 'height', set);
      break;
    default:
      return assertNever(input.mode);
  }
  return out;
}

function distribute(
  boxes: Box[],
  axis: 'x' | 'y',
  extent: 'width' | 'height',
  set: (b: Box, x: number, y: number) => void,
) {
  const sorted = [...boxes].sort((a, b) => a[axis] - b[axis]);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const span = last[axis] + last[extent] - first[axis];
  const occupied = sorted.reduce((sum, b) => sum + b[extent], 0);
  const gap = (span - occupied) / (sorted.length - 1);
  let cursor = first[axis];
  for (const b of sorted) {
    if (axis === 'x') set(b, cursor, b.y);
    else set(b, b.x, cursor);
    cursor += b[extent] + gap;
  }
}
