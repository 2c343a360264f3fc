import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';

const dataSchema = z.object({
  target: z.enum(['node', 'flow']).default('node'),
  nodeId: z.string().default(''),
  flowId: z.string().default(''),
});

export const goToNode = defineNode({
  type: 'go-to',
  group: 'flow',
  label: { en: 'Go to', zh: '跳转' },
  description: { en: 'Jumps to another node or another flow.', zh: '跳转到其他节点或其他流程。' },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({ target: 'node', nodeId: '', flowId: '' }),
  ports: () => [],
  entry: false,
  waits: false,
});
