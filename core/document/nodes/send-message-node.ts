import { z } from 'zod';
import { defineNode } from '../../catalogue/node-definition';
import { outPort } from '../../catalogue/ports';
import { messageSchema } from '../../messages/message-schema';

const dataSchema = z.object({
  messages: z.array(messageSchema).default([]),
  mode: z.enum(['all', 'random']).default('all'),
});

export const sendMessageNode = defineNode({
  type: 'send-message',
  group: 'messages',
  label: { en: 'Send message', zh: '发送消息' },
  description: {
    en: 'Sends its messages in order, or one of them at random.',
    zh: '按顺序发送消息，或随机发送其中一条。',
  },
  dataSchema,
  defaultData: (): z.output<typeof dataSchema> => ({ messages: [{ kind: 'text', text: '' }], mode: 'all' }),
  ports: () => [outPort()],
  entry: false,
  waits: false,
});
