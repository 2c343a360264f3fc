import type { ChatEntry } from '@/server/runtime/webchat/webchat-contract';

/**
 * The transcript after `incoming` arrived: ordered by id (ids grow with time), one entry per id.
 * A transcript line never changes once written, so an id already shown is kept as it is; when
 * nothing is new the same array comes back and a quiet poll does not re-render the list.
 */
export function mergeEntries(current: readonly ChatEntry[], incoming: readonly ChatEntry[]): ChatEntry[] {
  const known = new Set(current.map((entry) => entry.id));
  const added: ChatEntry[] = [];
  for (const entry of incoming) {
    if (known.has(entry.id)) continue;
    known.add(entry.id);
    added.push(entry);
  }
  if (added.length === 0) return current as ChatEntry[];
  return [...current, ...added].sort((a, b) => a.id - b.id);
}
