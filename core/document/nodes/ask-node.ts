import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';
import { messageSchema } from '../../messages/message-schema';
import { answerValidationSchema } from './answer-validation-schema';

const dataSchema = z.object({
  prompt: z.array(messageSchema).default([]),
  variable: z.string().default(''),
  validation: answerValidationSchema.default({ kind: 'text' }),
  /** Invalid answers tolerated before leaving through `invalid`. */
  maxRetries: z.int().min(0).default(2),
  retryMessage: z.string().default(''),
  /** Leave through `timeout` when no answer comes in this many seconds; null waits forever. */
  timeoutSeconds: z.int().min(1).nullable().default(null),
});

export const askNode = defineNode({
  type: 'ask',
  group: 'input',
  label: { en: 'Ask', zh: '提问' },
  description: {
    en: 'Sends a prompt, waits for an answer, validates it and stores it in a variable.',
    zh: '发送提问，等待回答，校验后存入变量。',
  },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({
    prompt: [{ kind: 'text', text: '' }],
    variable: '',
    validation: { kind: 'text' },
    maxRetries: 2,
    retryMessage: '',
    timeoutSeconds: null,
  }),
  ports: (data) => [
    { id: 'answer', label: { en: 'Answered', zh: '已回答' }, required: false },
    { id: 'invalid', label: { en: 'Invalid', zh: '无效' }, required: false },
    ...(data.timeoutSeconds === null
      ? []
      : [{ id: 'timeout', label: { en: 'Timed out', zh: '超时' }, required: false }]),
  ],
  entry: false,
  waits: true,
});
