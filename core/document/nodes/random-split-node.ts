import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';

const dataSchema = z.object({
  variants: z
    .array(z.object({ id: z.string(), label: z.string().default(''), weight: z.number().min(0) }))
    .default([]),
});

export const randomSplitNode = defineNode({
  type: 'random-split',
  group: 'logic',
  label: { en: 'Random split', zh: '随机分流' },
  description: {
    en: 'Weighted A/B split; a contact always gets the same variant.',
    zh: '按权重 A/B 分流；同一联系人始终进入同一分支。',
  },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({
    variants: [
      { id: 'a', label: 'A', weight: 50 },
      { id: 'b', label: 'B', weight: 50 },
    ],
  }),
  ports: (data) =>
    data.variants.map((variant) => ({
      id: variant.id,
      label: { en: variant.label || variant.id, zh: variant.label || variant.id },
      required: false,
    })),
  entry: false,
  waits: false,
});
