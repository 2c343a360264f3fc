import { eq, max } from 'drizzle-orm';
import type { CompiledFlow, FlowDocument } from '@/core';
import { flowVersions } from '../db/schema';
import type { Tx } from '../db/client';

/**
 * Records the next numbered, immutable version of a flow (its caller holds the flow row's lock, so
 * numbers never race) and returns its id and number.
 */
export async function insertVersion(options: {
  tx: Tx;
  workspaceId: string;
  flowId: string;
  document: FlowDocument;
  compiled: CompiledFlow;
  draftRevision: number;
  userId: string | null;
  note?: string;
}): Promise<{ id: string; number: number }> {
  const { tx, flowId, compiled } = options;
  const [last] = await tx
    .select({ n: max(flowVersions.number) })
    .from(flowVersions)
    .where(eq(flowVersions.flowId, flowId));
  const number = (last?.n ?? 0) + 1;
  const [row] = await tx
    .insert(flowVersions)
    .values({
      workspaceId: options.workspaceId,
      flowId,
      number,
      document: options.document,
      compiled,
      compiledHash: compiled.hash,
      note: options.note ?? '',
      draftRevision: options.draftRevision,
      createdBy: options.userId,
    })
    .returning({ id: flowVersions.id });
  return { id: row!.id, number };
}
