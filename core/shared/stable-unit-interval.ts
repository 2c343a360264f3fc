import { fnv1a64 } from './fnv1a64';

/** Maps a key to a stable number in [0, 1): the same key always lands in the same place. */
export function stableUnitInterval(key: string): number {
  const hex = fnv1a64(key).slice(0, 13);
  return Number.parseInt(hex, 16) / 2 ** 52;
}
