import { runtimeProcedure, runtimeRouterFactory } from './runtime-trpc';
import { webchatRouter } from './webchat/webchat-router';

/**
 * The runtime API, served on the lean path at /rt/trpc (never through Next). The runtime issue adds
 * the web chat procedures here; `ping` lets load balancers and clients check the path end to end.
 */
export const runtimeRouter = runtimeRouterFactory({
  ping: runtimeProcedure.query(({ ctx }) => ({ pong: true as const, db: ctx.services.dbKind })),
  webchat: webchatRouter,
});

export type RuntimeRouter = typeof runtimeRouter;
