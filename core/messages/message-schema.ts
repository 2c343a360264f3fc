import { z } from 'zod';
import { buildMessageSchema } from './build-message-schema';

/** A message as the author writes it (and as the engine emits it once rendered). */
export const messageSchema = buildMessageSchema(z.string());

export type Message = z.infer<typeof messageSchema>;
export type MessageKind = Message['kind'];
