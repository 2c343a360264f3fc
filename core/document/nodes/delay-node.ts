import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';
import { outPort } from '../../catalogue/ports';
import { timeWindowSchema } from '../../time/time-window-schema';

const dataSchema = z.object({
  seconds: z.int().min(0).default(60),
  /** When set, a wake-up outside this window is moved to its next opening. */
  allowedWindow: timeWindowSchema.nullable().default(null),
});

export const delayNode = defineNode({
  type: 'delay',
  group: 'flow',
  label: { en: 'Delay', zh: '延时' },
  description: {
    en: 'Waits a duration, then continues; optionally only inside allowed hours.',
    zh: '等待一段时间后继续；可限定只在允许的时段内继续。',
  },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({ seconds: 60, allowedWindow: null }),
  ports: () => [outPort()],
  entry: false,
  waits: true,
});
