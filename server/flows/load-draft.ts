import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../api/app-error';
import type { Db } from '../db/client';
import { flows } from '../db/schema';

/** The draft of a flow of the workspace that is not deleted, or FLOW_NOT_FOUND (also for another workspace's flow). */
export async function loadDraft(options: { db: Pick<Db, 'select'>; workspaceId: string; flowId: string }) {
  const [flow] = await options.db
    .select({ draft: flows.draft })
    .from(flows)
    .where(
      and(eq(flows.id, options.flowId), eq(flows.workspaceId, options.workspaceId), isNull(flows.deletedAt)),
    );
  if (!flow) throw new AppError('FLOW_NOT_FOUND', 'Flow not found.');
  return flow.draft;
}
