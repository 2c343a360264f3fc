import type { SessionUser } from '../api/trpc';
import type { Services } from '../services';

/** The signed-in user behind a request's cookies, or null (expired, revoked or absent session). */
export async function getSessionUser(services: Services, headers: Headers): Promise<SessionUser | null> {
  const session = await services.auth.api.getSession({ headers });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
}
