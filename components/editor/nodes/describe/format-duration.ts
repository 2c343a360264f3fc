import { describeTexts } from './describe-texts';
import { type PickText } from './pick-text';

const steps = [
  { unit: describeTexts.units.d, seconds: 86_400 },
  { unit: describeTexts.units.h, seconds: 3_600 },
  { unit: describeTexts.units.min, seconds: 60 },
  { unit: describeTexts.units.s, seconds: 1 },
] as const;

/** A duration for humans: `90` → "1 min 30 s", `5400` → "1 h 30 min", `0` → "0 s". */
export function formatDuration(totalSeconds: number, pick: PickText): string {
  let rest = Math.max(0, Math.round(totalSeconds));
  const parts: string[] = [];
  for (const { unit, seconds } of steps) {
    const count = Math.floor(rest / seconds);
    rest -= count * seconds;
    if (count > 0) parts.push(`${count} ${pick(unit)}`);
  }
  return parts.length > 0 ? parts.join(' ') : `0 ${pick(describeTexts.units.s)}`;
}
