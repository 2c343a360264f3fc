import type { ContactRow, LoadRow } from './turn-types';

/** A contact and its open conversation as this process last wrote them. */
export interface TurnSnapshot {
  contact: ContactRow;
  load: LoadRow;
  at: number;
}

const MAX_ENTRIES = 20_000;
/** Older snapshots are dropped (the guard would catch staleness anyway; this bounds memory use). */
const MAX_AGE_MS = 60 * 60_000;

/**
 * The optimistic path's memory: after each committed turn, what the contact's next turn will load,
 * so that turn can skip the load round trip. Never trusted blindly: the write statement checks it
 * against the database under the contact lock and writes nothing when it is stale.
 */
export class TurnSnapshots {
  private readonly entries = new Map<string, TurnSnapshot>();

  static key(channelId: string, externalId: string): string {
    return `${channelId}\u0000${externalId}`;
  }

  get(key: string, now = Date.now()): TurnSnapshot | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    if (now - hit.at > MAX_AGE_MS) return undefined;
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, snapshot: TurnSnapshot): void {
    this.entries.delete(key);
    this.entries.set(key, snapshot);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
