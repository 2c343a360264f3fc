import { headers } from 'next/headers';
import { getSessionUser } from '../auth/session-user';
import { getServices } from '../services';
import { createCaller } from './root';

/** For server components: the services, the signed-in user and a tRPC caller acting as them. */
export async function getServerContext() {
  const services = await getServices();
  const user = await getSessionUser(services, await headers());
  return { services, user, api: createCaller({ services, user }) };
}
