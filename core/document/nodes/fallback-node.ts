import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';
import { outPort } from '../../catalogue/ports';

const dataSchema = z.object({});

export const fallbackNode = defineNode({
  type: 'fallback',
  group: 'triggers',
  label: { en: 'Default reply', zh: '默认回复' },
  description: {
    en: 'Runs when an inbound message matched no trigger.',
    zh: '消息未匹配任何触发器时执行。',
  },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({}),
  ports: () => [outPort(true)],
  entry: true,
  waits: false,
});
