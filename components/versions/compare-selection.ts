export type CompareTarget = number | 'draft';

export interface CompareSelection {
  from: number;
  to: CompareTarget;
}

/**
 * The comparison a history page opens on: the previous version against the latest, or version 1
 * against the draft when there is only one. `numbers` are newest first; null when there are none.
 */
export function defaultCompare(numbers: number[]): CompareSelection | null {
  const [latest, previous] = numbers;
  if (latest === undefined) return null;
  return previous === undefined ? { from: latest, to: 'draft' } : { from: previous, to: latest };
}

/** A select's value back to a compare target. */
export function parseTarget(value: string): CompareTarget {
  return value === 'draft' ? 'draft' : Number(value);
}
