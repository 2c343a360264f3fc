import { createCaller } from '@/server/api/root';
import type { SessionUser } from '@/server/api/trpc';
import type { Services } from '@/server/services';

/** Signs a user up through better-auth (real password hashing) and returns them. */
export async function signUpUser(
  services: Services,
  who: { email: string; name?: string; password?: string },
): Promise<SessionUser> {
  const result = await services.auth.api.signUpEmail({
    body: {
      email: who.email,
      name: who.name ?? who.email.split('@')[0]!,
      password: who.password ?? 'correct-horse-1',
    },
  });
  return { id: result.user.id, email: result.user.email, name: result.user.name };
}

/** A tRPC caller acting as `user` (or anonymous with null). */
export function callerFor(services: Services, user: SessionUser | null) {
  return createCaller({ services, user });
}

/** Makes `user` a member of the workspace with `role`, the way people join: `owner` invites, `user` accepts. */
export async function addMember(
  services: Services,
  input: { owner: SessionUser; workspaceId: string; user: SessionUser; role: 'owner' | 'editor' | 'viewer' },
): Promise<void> {
  const { token } = await callerFor(services, input.owner).invite.create({
    workspaceId: input.workspaceId,
    email: input.user.email,
    role: input.role,
  });
  await callerFor(services, input.user).invite.accept({ token });
}
