import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import type { Services } from '../services';

/** Context of the runtime API: no user session; channels authenticate each call themselves. */
export interface RuntimeContext {
  services: Services;
  /** The caller's address (the socket's peer), for per-client rate limits. */
  clientIp: string;
}

// Public API: errors carry a code and message, never a server stack trace.
const t = initTRPC.context<RuntimeContext>().create({
  transformer: superjson,
  isDev: false,
});

export const runtimeRouterFactory = t.router;
export const runtimeProcedure = t.procedure;
export const createRuntimeCallerFactory = t.createCallerFactory;
