import { accountRouter } from './routers/account';
import { auditRouter } from './routers/audit';
import { autoReplyRouter } from './routers/auto-reply';
import { channelRouter } from './routers/channel';
import { deliveryRouter } from './routers/delivery';
import { conversationRouter } from './routers/conversation';
import { deploymentRouter } from './routers/deployment';
import { editorToolsRouter } from './routers/editor-tools';
import { flowRouter } from './routers/flow';
import { inviteRouter } from './routers/invite';
import { memberRouter } from './routers/member';
import { meRouter } from './routers/me';
import { setupRouter } from './routers/setup';
import { simulatorRouter } from './routers/simulator';
import { testCaseRouter } from './routers/test-case';
import { versionRouter } from './routers/version';
import { workspaceRouter } from './routers/workspace';
import { createCallerFactory, router } from './trpc';

/** The management API (UI and automation), served by Next at /api/trpc. */
export const appRouter = router({
  setup: setupRouter,
  me: meRouter,
  workspace: workspaceRouter,
  member: memberRouter,
  invite: inviteRouter,
  account: accountRouter,
  channel: channelRouter,
  delivery: deliveryRouter,
  flow: flowRouter,
  version: versionRouter,
  deployment: deploymentRouter,
  autoReply: autoReplyRouter,
  audit: auditRouter,
  conversation: conversationRouter,
  editorTools: editorToolsRouter,
  simulator: simulatorRouter,
  testCase: testCaseRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
