import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';
import { messageSchema } from '../../messages/message-schema';

const dataSchema = z.object({
  messages: z.array(messageSchema).default([]),
  reason: z.string().default(''),
});

export const handoffNode = defineNode({
  type: 'handoff',
  group: 'flow',
  label: { en: 'Hand off to human', zh: '转人工' },
  description: {
    en: 'Pauses the bot for this conversation until an agent releases it.',
    zh: '暂停本会话的机器人，直到客服释放。',
  },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({ messages: [], reason: '' }),
  ports: () => [{ id: 'released', label: { en: 'Released', zh: '已释放' }, required: false }],
  entry: false,
  waits: true,
});
