import type { Role } from '@/server/db/schema';

/** Roles in the order the UI offers them (server/db/schema.ts `roleEnum`). */
export const roles: readonly Role[] = ['owner', 'editor', 'viewer'];
