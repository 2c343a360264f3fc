/** The server's bounds for flow and trigger priorities (server/api/routers/deployment.ts). */
export const PRIORITY_MIN = -1000;
export const PRIORITY_MAX = 1000;

/** A typed priority as the integer to save, or null when it is not a whole number within bounds. */
export function parsePriority(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[-+]?\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= PRIORITY_MIN && value <= PRIORITY_MAX ? value : null;
}
