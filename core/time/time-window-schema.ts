import { z } from 'zod';

/** `HH:mm`, 24-hour clock. Validity is checked by the compiler so drafts still parse. */
const clockTime = z.string();

/**
 * A set of instants on a wall clock. Every constraint that is present must hold; `holidays`
 * excludes whole dates. An hour range whose end is before its start wraps past midnight.
 */
export const timeWindowSchema = z.object({
  /** IANA zone; the flow's time zone (Asia/Shanghai by default) when absent. */
  timezone: z.string().optional(),
  /** Days of week, 0 = Sunday … 6 = Saturday. */
  days: z.array(z.int().min(0).max(6)).optional(),
  hours: z.array(z.object({ start: clockTime, end: clockTime })).optional(),
  /** Inclusive `YYYY-MM-DD` ranges. */
  dates: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
  /** `YYYY-MM-DD` dates on which the window is closed. */
  holidays: z.array(z.string()).optional(),
});

export type TimeWindow = z.infer<typeof timeWindowSchema>;
