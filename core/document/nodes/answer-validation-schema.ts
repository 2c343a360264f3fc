import { z } from 'zod';

/** How an ask node checks an answer before storing it. */
export const answerValidationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    minLength: z.int().min(0).optional(),
    maxLength: z.int().min(1).optional(),
  }),
  z.object({
    kind: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(false),
  }),
  z.object({ kind: z.literal('phone') }),
  z.object({ kind: z.literal('email') }),
  /** Accepts YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD and YYYY年M月D日; stores YYYY-MM-DD. */
  z.object({ kind: z.literal('date') }),
  z.object({ kind: z.literal('regex'), pattern: z.string(), flags: z.string().default('') }),
  /** Matched by label, by 1-based number, by synonym or by menu option id; stores `value`. */
  z.object({
    kind: z.literal('choice'),
    options: z.array(
      z.object({ value: z.string(), label: z.string(), synonyms: z.array(z.string()).default([]) }),
    ),
  }),
]);

export type AnswerValidation = z.infer<typeof answerValidationSchema>;
