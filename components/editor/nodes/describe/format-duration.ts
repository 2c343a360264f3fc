import { type Translate } from './translate';

const steps = [
  { unit: 'd', seconds: 86_400 },
  { unit: 'h', seconds: 3_600 },
  { unit: 'min', seconds: 60 },
  { unit: 's', seconds: 1 },
] as const;

/** A duration for humans: `90` → "1 min 30 s", `5400` → "1 h 30 min", `0` → "0 s". */
export function formatDuration(totalSeconds: number, t: Translate): string {
  let rest = Math.max(0, Math.round(totalSeconds));
  const parts: string[] = [];
  for (const { unit, seconds } of steps) {
    const count = Math.floor(rest / seconds);
    rest -= count * seconds;
    if (count > 0) parts.push(t(`editorNodes.describe.units.${unit}`, { count }));
  }
  return parts.length > 0 ? parts.join(' ') : t('editorNodes.describe.units.s', { count: 0 });
}
