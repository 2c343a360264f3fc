import { TRPCError } from '@trpc/server';

/**
 * Errors a user can cause: a stable code (translated in the UI under `errors.<code>`), the tRPC
 * status it maps to, and an English message for API clients and logs.
 */
export const appErrorCodes = {
  NOT_SIGNED_IN: 'UNAUTHORIZED',
  NOT_A_MEMBER: 'FORBIDDEN',
  ROLE_REQUIRED: 'FORBIDDEN',
  WORKSPACE_NOT_FOUND: 'NOT_FOUND',
  FLOW_NOT_FOUND: 'NOT_FOUND',
  ACCOUNT_NOT_FOUND: 'NOT_FOUND',
  MEMBER_NOT_FOUND: 'NOT_FOUND',
  REVISION_CONFLICT: 'CONFLICT',
  LAST_OWNER: 'BAD_REQUEST',
  ALREADY_MEMBER: 'CONFLICT',
  INVITE_INVALID: 'NOT_FOUND',
  INVITE_EXPIRED: 'BAD_REQUEST',
  INVITE_EMAIL_MISMATCH: 'FORBIDDEN',
  INVALID_FLOW_DOCUMENT: 'BAD_REQUEST',
  CHANNEL_NOT_FOUND: 'NOT_FOUND',
  ACCOUNT_ARCHIVED: 'BAD_REQUEST',
  CHANNEL_TYPE_UNSUPPORTED: 'BAD_REQUEST',
  WEBHOOK_ONLY: 'BAD_REQUEST',
  WECHAT_ONLY: 'BAD_REQUEST',
  CHANNEL_SETTINGS_INVALID: 'BAD_REQUEST',
  MESSAGE_NOT_FOUND: 'NOT_FOUND',
  NOT_RETRYABLE: 'BAD_REQUEST',
  FLOW_HAS_ERRORS: 'BAD_REQUEST',
  FLOW_HAS_WARNINGS: 'PRECONDITION_FAILED',
  VERSION_NOT_FOUND: 'NOT_FOUND',
  NOT_DEPLOYED: 'NOT_FOUND',
  AUTO_REPLY_FLOW: 'BAD_REQUEST',
  AUTO_REPLY_INVALID: 'BAD_REQUEST',
  TRIGGER_NOT_FOUND: 'NOT_FOUND',
  CONVERSATION_NOT_FOUND: 'NOT_FOUND',
  NOT_IN_HANDOFF: 'CONFLICT',
  SIMULATION_CONFLICT: 'CONFLICT',
  SIMULATION_TOO_LONG: 'BAD_REQUEST',
  TOO_MANY_TIMERS: 'BAD_REQUEST',
  TOO_MANY_HTTP: 'BAD_REQUEST',
  NODE_NOT_FOUND: 'NOT_FOUND',
  NOTHING_TO_SAVE: 'BAD_REQUEST',
  TEST_CASE_NOT_FOUND: 'NOT_FOUND',
  TEST_CASE_NAME_TAKEN: 'CONFLICT',
  TOO_MANY_TEST_CASES: 'BAD_REQUEST',
  INVALID_TEST_CASE: 'BAD_REQUEST',
  TESTS_FAILED: 'PRECONDITION_FAILED',
} as const satisfies Record<string, TRPCError['code']>;

export type AppErrorCode = keyof typeof appErrorCodes;

export class AppError extends TRPCError {
  readonly appCode: AppErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(appCode: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super({ code: appErrorCodes[appCode], message });
    this.appCode = appCode;
    this.details = details;
  }
}
