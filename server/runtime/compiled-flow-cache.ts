import { compiledFlowSchema, type CompiledFlow } from '@/core';
import type { RawQueryable } from '../db/raw-sql';

const MAX_ENTRIES = 500;
const LOAD_SQL = `select compiled from flow_versions where id = $1`;

/**
 * Compiled flows by version id. Published versions are immutable, so an entry never goes stale; the
 * map is bounded (least recently used first out) and each version is parsed once per process. A miss
 * loads through the caller's connection (inside its transaction: the embedded database has only one).
 */
export class CompiledFlowCache {
  private readonly entries = new Map<string, CompiledFlow>();

  async get(flowVersionId: string, via: RawQueryable): Promise<CompiledFlow> {
    const hit = this.entries.get(flowVersionId);
    if (hit) {
      this.entries.delete(flowVersionId);
      this.entries.set(flowVersionId, hit);
      return hit;
    }
    const [row] = await via.query<{ compiled: unknown }>(LOAD_SQL, [flowVersionId]);
    if (!row) throw new Error(`flow version ${flowVersionId} not found`);
    const compiled = compiledFlowSchema.parse(row.compiled);
    this.entries.set(flowVersionId, compiled);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return compiled;
  }
}
