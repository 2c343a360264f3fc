/**
 * A fixed-window counter per key, in memory (per process): enough to stop one client from flooding
 * a public endpoint; a deployment with many processes multiplies the allowance by their number.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly options: { limit: number; windowMs: number }) {}

  /** Counts one request for `key`; false when the key is over its limit in the current window. */
  take(key: string, now = Date.now()): boolean {
    const { limit, windowMs } = this.options;
    let window = this.windows.get(key);
    if (!window || now - window.start >= windowMs) {
      if (this.windows.size >= 50_000) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return window.count <= limit;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows)
      if (now - window.start >= this.options.windowMs) this.windows.delete(key);
    if (this.windows.size >= 50_000) this.windows.clear();
  }
}
