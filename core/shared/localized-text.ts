import { z } from 'zod';

/** A user-facing string in the two languages the product ships with. */
export const localizedTextSchema = z.object({ en: z.string(), zh: z.string() });

export type LocalizedText = z.infer<typeof localizedTextSchema>;
