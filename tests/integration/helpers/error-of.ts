import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import type { AppError } from '@/server/api/app-error';

/** The error a call rejects with (so its tRPC code, app code and details can be checked together). */
export async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    return error as AppError;
  }
  throw new Error('expected the call to be refused');
}
