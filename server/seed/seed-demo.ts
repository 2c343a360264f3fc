import { and, eq } from 'drizzle-orm';
import { accounts, flows, memberships, workspaces } from '../db/schema';
import { exampleFlows } from '@/core';
import type { Services } from '../services';
import { createUser, findUserByEmail } from '../users/create-user';

export const DEMO_EMAIL = 'demo@example.com';
export const DEMO_PASSWORD = 'replyflow-demo';
export const DEMO_WORKSPACE = 'ReplyFlow Demo';

export interface SeedResult {
  created: boolean;
  email: string;
  password: string;
  workspaceId: string;
}

/**
 * Seeds the demo workspace: an owner, two accounts and the five example flows. Idempotent: when the demo
 * owner already has the demo workspace, nothing is written (and nothing the operator changed is lost).
 */
export async function seedDemo(services: Services): Promise<SeedResult> {
  const existing = await findUserByEmail(services, DEMO_EMAIL);
  if (existing) {
    const [ws] = await services.db
      .select({ id: workspaces.id })
      .from(workspaces)
      .innerJoin(memberships, eq(memberships.workspaceId, workspaces.id))
      .where(and(eq(memberships.userId, existing.id), eq(workspaces.name, DEMO_WORKSPACE)))
      .limit(1);
    if (ws) return { created: false, email: DEMO_EMAIL, password: DEMO_PASSWORD, workspaceId: ws.id };
  }
  const userId =
    existing?.id ??
    (await createUser({ services, email: DEMO_EMAIL, password: DEMO_PASSWORD, name: 'Demo Owner' })).userId;
  const workspaceId = await services.db.transaction(async (tx) => {
    const [ws] = await tx
      .insert(workspaces)
      .values({ name: DEMO_WORKSPACE, createdBy: userId })
      .returning({ id: workspaces.id });
    const id = ws!.id;
    await tx.insert(memberships).values({ workspaceId: id, userId, role: 'owner' });
    await tx.insert(accounts).values([
      { workspaceId: id, name: 'Demo Web Chat', type: 'web', defaultLocale: 'en' },
      { workspaceId: id, name: '示例商城公众号', type: 'wechat_mp', defaultLocale: 'zh-CN' },
    ]);
    await tx.insert(flows).values(
      exampleFlows.map((example) => ({
        workspaceId: id,
        name: example.name.en,
        description: example.description.en,
        draft: example.document,
        updatedBy: userId,
      })),
    );
    return id;
  });
  return { created: true, email: DEMO_EMAIL, password: DEMO_PASSWORD, workspaceId };
}
