import { eq } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import { memberships, users, workspaces, type Role } from '../db/schema';
import type { Services } from '../services';

export class UserInputError extends Error {}

export interface CreateUserOptions {
  services: Services;
  email: string;
  password: string;
  name: string;
  /** Also create (or join) a workspace of this name with `role`. */
  workspaceName?: string;
  role?: Role;
}

/** Creates a user through the auth library (same hashing and rules as sign-up in the UI). */
export async function createUser(
  options: CreateUserOptions,
): Promise<{ userId: string; workspaceId?: string }> {
  const { services } = options;
  const email = options.email.trim().toLowerCase();
  let userId: string;
  try {
    const result = await services.auth.api.signUpEmail({
      body: { email, password: options.password, name: options.name },
    });
    userId = result.user.id;
  } catch (error) {
    if (error instanceof APIError) throw new UserInputError(error.message || String(error.status));
    throw error;
  }
  if (!options.workspaceName) return { userId };
  const workspaceId = await services.db.transaction(async (tx) => {
    const [ws] = await tx
      .insert(workspaces)
      .values({ name: options.workspaceName!, createdBy: userId })
      .returning({ id: workspaces.id });
    await tx.insert(memberships).values({ workspaceId: ws!.id, userId, role: options.role ?? 'owner' });
    return ws!.id;
  });
  return { userId, workspaceId };
}

export async function findUserByEmail(services: Services, email: string) {
  const [row] = await services.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}
