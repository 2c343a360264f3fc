import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';
import { outPort } from '../../catalogue/ports';

const dataSchema = z.object({
  add: z.array(z.string()).default([]),
  remove: z.array(z.string()).default([]),
});

export const tagContactNode = defineNode({
  type: 'tag-contact',
  group: 'actions',
  label: { en: 'Tag contact', zh: '标记联系人' },
  description: { en: 'Adds and removes contact tags.', zh: '为联系人添加或移除标签。' },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({ add: [], remove: [] }),
  ports: () => [outPort()],
  entry: false,
  waits: false,
});
