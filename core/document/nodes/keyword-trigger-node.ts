import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';
import { outPort } from '../../catalogue/ports';
import { triggerLimitsSchema } from './trigger-limits-schema';

const dataSchema = z.object({
  keywords: z.array(z.string()).default([]),
  match: z.enum(['exact', 'contains', 'regex']).default('exact'),
  /** Higher runs first; ties go exact > regex > contains, then document order. */
  priority: z.int().default(0),
  /** Wins even while the conversation waits for an answer. */
  interrupt: z.boolean().default(false),
  limits: triggerLimitsSchema.default({}),
});

export const keywordTriggerNode = defineNode({
  type: 'keyword-trigger',
  group: 'triggers',
  label: { en: 'Keyword', zh: '关键词' },
  description: {
    en: 'Starts when a message matches one of the keywords (exact, contains or regex).',
    zh: '消息匹配任一关键词（精确、包含或正则）时触发。',
  },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({
    keywords: [],
    match: 'exact',
    priority: 0,
    interrupt: false,
    limits: {},
  }),
  ports: () => [outPort(true)],
  entry: true,
  waits: false,
});
