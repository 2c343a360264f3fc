/**
 * A deterministic random source (mulberry32) whose state is one uint32, so a simulation can store
 * it and carry on where it stopped: the same seed and calls give the same numbers.
 */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next: () => number;
  /** The state to resume from (pass it as the seed). */
  state: () => number;
}

export function seededRandom(seed: number): SeededRandom {
  let a = seed >>> 0;
  return {
    next: () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
    state: () => a,
  };
}
