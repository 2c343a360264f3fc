import { compiledFlowSchema, type CompiledFlow } from '@/core';
import type { RawQueryable } from '../db/raw-sql';

const MAX_ENTRIES = 500;
const LOAD_SQL = `select compiled, flow_id::text as flow_id from flow_versions where id = $1`;

export interface CachedVersion {
  compiled: CompiledFlow;
  flowId: string;
}

/**
 * Compiled flows by version id. Published versions are immutable, so an entry never goes stale; the
 * map is bounded (least recently used first out) and each version is parsed once per process. A miss
 * loads through the caller's connection (inside its transaction: the embedded database has only one).
 */
export class CompiledFlowCache {
  private readonly entries = new Map<string, CachedVersion>();

  /** The cached version, without loading. */
  peek(flowVersionId: string): CachedVersion | undefined {
    return this.entries.get(flowVersionId);
  }

  async get(flowVersionId: string, via: RawQueryable): Promise<CachedVersion> {
    const hit = this.entries.get(flowVersionId);
    if (hit) {
      this.entries.delete(flowVersionId);
      this.entries.set(flowVersionId, hit);
      return hit;
    }
    const [row] = await via.query<{ compiled: unknown; flow_id: string }>(LOAD_SQL, [flowVersionId]);
    if (!row) throw new Error(`flow version ${flowVersionId} not found`);
    const entry = { compiled: compiledFlowSchema.parse(row.compiled), flowId: row.flow_id };
    this.entries.set(flowVersionId, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}
