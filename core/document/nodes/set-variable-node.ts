import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';
import { outPort } from '../../catalogue/ports';

const dataSchema = z.object({
  assignments: z
    .array(
      z.object({
        variable: z.string(),
        value: z.string(),
        /** `number` stores a number when the rendered value parses as one. */
        as: z.enum(['string', 'number']).default('string'),
      }),
    )
    .default([]),
});

export const setVariableNode = defineNode({
  type: 'set-variable',
  group: 'actions',
  label: { en: 'Set variable', zh: '设置变量' },
  description: { en: 'Assigns template values to variables.', zh: '用模板为变量赋值。' },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({
    assignments: [{ variable: '', value: '', as: 'string' }],
  }),
  ports: () => [outPort()],
  entry: false,
  waits: false,
});
