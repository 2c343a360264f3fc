import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/api/root';
import { getSessionUser } from '@/server/auth/session-user';
import { getServices } from '@/server/services';

const handler = async (req: Request) => {
  const services = await getServices();
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: async () => ({ services, user: await getSessionUser(services, req.headers) }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'} failed`, error);
    },
  });
};

export { handler as GET, handler as POST };
