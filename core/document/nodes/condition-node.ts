import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';
import { conditionSchema } from './condition-schema';

const dataSchema = z.object({
  branches: z
    .array(
      z.object({
        id: z.string(),
        label: z.string().default(''),
        match: z.enum(['all', 'any']).default('all'),
        conditions: z.array(conditionSchema).default([]),
      }),
    )
    .default([]),
});

export const conditionNode = defineNode({
  type: 'condition',
  group: 'logic',
  label: { en: 'Condition', zh: '条件分支' },
  description: {
    en: 'Takes the first branch whose conditions hold (all or any), otherwise `else`.',
    zh: '走第一个条件成立（全部或任一）的分支，否则走“否则”。',
  },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({
    branches: [{ id: 'branch-1', label: '', match: 'all', conditions: [] }],
  }),
  ports: (data) => [
    ...data.branches.map((branch) => ({
      id: branch.id,
      label: { en: branch.label || branch.id, zh: branch.label || branch.id },
      required: false,
    })),
    { id: 'else', label: { en: 'Else', zh: '否则' }, required: false },
  ],
  entry: false,
  waits: false,
});
