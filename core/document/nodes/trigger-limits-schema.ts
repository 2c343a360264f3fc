import { z } from 'zod';

/** Per-contact caps on how often a trigger may fire. */
export const triggerLimitsSchema = z.object({
  /** At most this many firings per contact per calendar day (flow time zone). */
  maxPerDay: z.int().min(1).optional(),
  /** Minimum seconds between two firings for the same contact. */
  cooldownSeconds: z.int().min(1).optional(),
});

export type TriggerLimits = z.infer<typeof triggerLimitsSchema>;
