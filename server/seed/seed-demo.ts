import { and, eq } from 'drizzle-orm';
import { createChannel } from '../channels/create-channel';
import { accounts, flows, memberships, workspaces } from '../db/schema';
import { applyAutoReplies } from '../flows/apply-auto-replies';
import { publishFlow } from '../flows/publish-flow';
import { demoAutoReplies } from './demo-auto-replies';
import { exampleFlows } from '@/core';
import type { Services } from '../services';
import { createUser, findUserByEmail } from '../users/create-user';

export const DEMO_EMAIL = 'demo@example.com';
export const DEMO_PASSWORD = 'replyflow-demo';
export const DEMO_WORKSPACE = 'ReplyFlow Demo';
/** The demo's web chat page is `/chat/demo-webchat` (every other channel key is random). */
export const DEMO_WEBCHAT_KEY = 'demo-webchat';

export interface SeedResult {
  created: boolean;
  email: string;
  password: string;
  workspaceId: string;
}

/**
 * Seeds the demo workspace: an owner, two accounts, the five example flows (live on the web account)
 * and auto replies on the Chinese account. Idempotent: when the demo
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
  const { workspaceId, webAccountId, flowIds } = await services.db.transaction(async (tx) => {
    const [ws] = await tx
      .insert(workspaces)
      .values({ name: DEMO_WORKSPACE, createdBy: userId })
      .returning({ id: workspaces.id });
    const id = ws!.id;
    await tx.insert(memberships).values({ workspaceId: id, userId, role: 'owner' });
    const [web, shop] = await tx
      .insert(accounts)
      .values([
        { workspaceId: id, name: 'Demo Web Chat', type: 'web', defaultLocale: 'en' },
        { workspaceId: id, name: '示例商城公众号', type: 'wechat_mp', defaultLocale: 'zh-CN' },
      ])
      .returning({ id: accounts.id });
    const inserted = await tx
      .insert(flows)
      .values(
        exampleFlows.map((example) => ({
          workspaceId: id,
          name: example.name.en,
          description: example.description.en,
          draft: example.document,
          updatedBy: userId,
        })),
      )
      .returning({ id: flows.id });
    // The Chinese account answers without a canvas: welcome, keyword and default replies, business hours.
    await applyAutoReplies({
      tx,
      workspaceId: id,
      account: { id: shop!.id, timezone: 'Asia/Shanghai' },
      settings: demoAutoReplies(),
      userId,
    });
    return { workspaceId: id, webAccountId: web!.id, flowIds: inserted.map((f) => f.id) };
  });
  // The example flows go live on the web chat account, so the demo answers at /chat/demo-webchat.
  for (const flowId of flowIds)
    await publishFlow({
      services,
      workspaceId,
      flowId,
      accountIds: [webAccountId],
      userId,
      note: 'Demo',
      confirmWarnings: true,
    });
  await createChannel({
    services,
    workspaceId,
    accountId: webAccountId,
    type: 'webchat',
    name: 'Website chat',
    publicKey: DEMO_WEBCHAT_KEY,
  });
  return { created: true, email: DEMO_EMAIL, password: DEMO_PASSWORD, workspaceId };
}
