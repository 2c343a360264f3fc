import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';

const dataSchema = z.object({ clearVariables: z.boolean().default(false) });

export const endNode = defineNode({
  type: 'end',
  group: 'flow',
  label: { en: 'End', zh: '结束' },
  description: { en: 'Ends the conversation path.', zh: '结束当前会话路径。' },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({ clearVariables: false }),
  ports: () => [],
  entry: false,
  waits: false,
});
