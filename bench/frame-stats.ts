/** A frame counts as janky above this (the drag/pan smoothness target is a p95 under it too). */
export const JANK_FRAME_MS = 50;

export interface FrameStats {
  /** Frames painted while recording, and the wall time of the recording. */
  frames: number;
  durationMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Share of frames longer than JANK_FRAME_MS (0–1). */
  jankyShare: number;
  /** Mouse moves the page took during a drag (fewer than ~120 in 2 s: input waited on the page). */
  moves: number | null;
}

/** Nearest-rank percentiles of frame-to-frame deltas (rAF timestamps) recorded during an interaction. */
export function summarizeFrames(deltas: readonly number[], durationMs: number): Omit<FrameStats, 'moves'> {
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return {
    frames: sorted.length,
    durationMs,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    maxMs: sorted.at(-1) ?? 0,
    jankyShare: sorted.length === 0 ? 0 : sorted.filter((d) => d > JANK_FRAME_MS).length / sorted.length,
  };
}
