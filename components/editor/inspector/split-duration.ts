import { type DurationUnit, durationUnits } from './duration-units';

/** Expresses `seconds` in the largest unit that divides it exactly (0 → 0 s). */
export function splitDuration(seconds: number): { amount: number; unit: DurationUnit } {
  if (!Number.isFinite(seconds) || seconds <= 0) return { amount: Math.max(0, seconds || 0), unit: 's' };
  const units = Object.entries(durationUnits).reverse() as [DurationUnit, number][];
  for (const [unit, size] of units) {
    if (seconds % size === 0) return { amount: seconds / size, unit };
  }
  return { amount: seconds, unit: 's' };
}
