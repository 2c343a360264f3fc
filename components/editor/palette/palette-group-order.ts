import { type NodeGroup } from '@/core';

/** The order groups appear in the palette and the quick-add menu. */
export const paletteGroupOrder: readonly NodeGroup[] = [
  'triggers',
  'messages',
  'input',
  'logic',
  'actions',
  'flow',
];
