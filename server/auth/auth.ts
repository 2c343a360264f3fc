import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Db } from '../db/client';
import { authAccounts, authSessions, authVerifications, users } from '../db/schema';

export interface CreateAuthOptions {
  db: Db;
  /** Signs session cookies; derived from the master key. */
  secret: string;
  /** Public URL of the UI (cookie security, absolute links). */
  baseURL: string;
  rateLimit: boolean;
}

/**
 * Email + password sign-in with database sessions (better-auth). Sessions are httpOnly, SameSite=Lax
 * cookies, Secure when the public URL is https; the library's origin check guards state-changing calls.
 */
export function createAuth(options: CreateAuthOptions) {
  return betterAuth({
    appName: 'ReplyFlow',
    database: drizzleAdapter(options.db, {
      provider: 'pg',
      schema: { user: users, session: authSessions, account: authAccounts, verification: authVerifications },
    }),
    secret: options.secret,
    baseURL: options.baseURL,
    trustedOrigins: (request) => {
      // Same-origin requests are always trusted, whatever host name the browser used.
      const host = request?.headers.get('host');
      return host ? [`http://${host}`, `https://${host}`] : [];
    },
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    advanced: { cookiePrefix: 'replyflow' },
    rateLimit: {
      enabled: options.rateLimit,
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': { window: 60, max: 10 },
        '/sign-up/email': { window: 60, max: 10 },
      },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
