import { WeChatApiError } from '../api/wechat-api-error';

/** WeChat's rule errors: outside the 48-hour window / unfollowed, and the window's quota used up. */
export const RULE_ERRCODES: readonly number[] = [45015, 45047];
/** Answers that may succeed later: system busy, API frequency limits. */
const TRANSIENT_ERRCODES: readonly number[] = [-1, 45009, 45011, 45033];

/**
 * How a failed send is handled: `blocked` (WeChat's rules: not retried, later messages to the same
 * user would fail alike), `retry` (transport failure, busy or rate-limited: retried with backoff), or
 * `dead` (WeChat refused this message itself: retrying the same body cannot help).
 */
export function classifyDeliveryFailure(error: unknown): {
  kind: 'blocked' | 'retry' | 'dead';
  text: string;
} {
  if (!(error instanceof WeChatApiError))
    return { kind: 'retry', text: String(error instanceof Error ? error.message : error) };
  const text = `${error.errcode} ${error.errmsg}`;
  if (error.kind !== 'api') return { kind: 'retry', text: `${error.kind}: ${error.errmsg}` };
  if (RULE_ERRCODES.includes(error.errcode)) return { kind: 'blocked', text };
  if (TRANSIENT_ERRCODES.includes(error.errcode)) return { kind: 'retry', text };
  return { kind: 'dead', text };
}
