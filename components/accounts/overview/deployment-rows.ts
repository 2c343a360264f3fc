import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/api/root';

type Deployment = inferRouterOutputs<AppRouter>['deployment'];

/** A `deployment.forAccount` row: one live flow on the account, in merge order. */
export type LiveFlow = Deployment['forAccount'][number];
/** A `deployment.replyRules` rule row, in evaluation order. */
export type ReplyRule = Deployment['replyRules']['rules'][number];
/** A `deployment.replyRules` default reply (fallback) row. */
export type DefaultReply = Deployment['replyRules']['defaults'][number];
