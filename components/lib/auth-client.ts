'use client';
import { createAuthClient } from 'better-auth/react';

/** Sign-up, sign-in and sign-out against /api/auth (same origin). */
export const authClient = createAuthClient();
