import { type z } from 'zod';
import { templateSchema } from '../template/template-schema';
import { buildMessageSchema } from './build-message-schema';

/** A message with its text fields parsed into templates. */
export const compiledMessageSchema = buildMessageSchema(templateSchema);

export type CompiledMessage = z.infer<typeof compiledMessageSchema>;
