import { assertNever } from '@/core/shared/assert-never';

/** Delivery states of a logged message, as `delivery.list` reports them. */
export type DeliveryStatus = 'none' | 'pending' | 'sent' | 'failed' | 'dead' | 'blocked';
export type DeliveredVia = 'passive' | 'api' | 'callback' | null;

export type StatusTone = 'neutral' | 'progress' | 'success' | 'warning' | 'danger';

/** How the log shows a message's delivery: badge label and detail, both keys under `channelLog.status`. */
export interface DeliveryStatusInfo {
  tone: StatusTone;
  label: string;
  /** A longer explanation (tooltip and screen readers). */
  detail: string;
  /** A known WeChat error code in `deliveryError` with its own explanation (`channelLog.wechatErrors.<code>`). */
  errorCode: string | null;
  /**
   * Dead and blocked messages can be queued again (`delivery.retry`); failed ones are already being
   * retried automatically.
   */
  retryable: boolean;
}

/** WeChat errors operators meet on sends and that the log explains in words. */
export const KNOWN_ERRORS = [
  '45015',
  '45047',
  '40001',
  '48001',
  '40164',
  '40125',
  '40013',
  '43004',
  '40003',
  '40007',
  '45009',
] as const;

/** ReplyFlow's own reasons for not sending (server/channels/wechat/delivery), explained in words. */
const KNOWN_REASONS: readonly [RegExp, string][] = [
  [/has no (AppSecret|app Secret)/, 'noSecret'],
  [/REPLYFLOW_WECHAT_API_BASES/, 'apiBaseNotAllowed'],
  [/cover image/, 'videoCover'],
  [/WeCom did not deliver/, 'wecomUnreached'],
  [/cannot be decrypted/, 'secretsUnreadable'],
  [/^image not downloaded: /, 'imageNotDownloaded'],
  [/^the image URL gave /, 'imageNotAccepted'],
];

/** The first known WeChat error code (`45015 …`) or known reason in a delivery error, if any. */
function knownError(error: string | null): string | null {
  if (!error) return null;
  // The worker stores `<errcode> <errmsg>`: the leading code wins over numbers inside WeChat's text.
  const leading = /^\d+/.exec(error)?.[0];
  const known: readonly string[] = KNOWN_ERRORS;
  if (leading && known.includes(leading)) return leading;
  return (
    KNOWN_ERRORS.find((code) => new RegExp(`(^|\\D)${code}(\\D|$)`).test(error)) ??
    KNOWN_REASONS.find(([pattern]) => pattern.test(error))?.[1] ??
    null
  );
}

/**
 * What a message's delivery state means. Inbound messages are "received" whatever their state;
 * `none` on an outbound message is an answer given in the HTTP response (web chat, webhook).
 */
export function deliveryStatusInfo(item: {
  direction: 'in' | 'out';
  deliveryStatus: DeliveryStatus;
  deliveredVia: DeliveredVia;
  deliveryError: string | null;
}): DeliveryStatusInfo {
  const base = { errorCode: knownError(item.deliveryError), retryable: false };
  if (item.direction === 'in')
    return { ...base, tone: 'neutral', label: 'received', detail: 'receivedDetail' };
  switch (item.deliveryStatus) {
    case 'none':
      return { ...base, tone: 'neutral', label: 'none', detail: 'noneDetail' };
    case 'pending':
      return { ...base, tone: 'progress', label: 'pending', detail: 'pendingDetail' };
    case 'sent':
      return {
        ...base,
        tone: 'success',
        label: 'sent',
        detail: item.deliveredVia ? `sentVia.${item.deliveredVia}` : 'sentDetail',
      };
    case 'failed':
      return { ...base, tone: 'warning', label: 'failed', detail: 'failedDetail' };
    case 'dead':
      return { ...base, tone: 'danger', label: 'dead', detail: 'deadDetail', retryable: true };
    case 'blocked':
      return { ...base, tone: 'danger', label: 'blocked', detail: 'blockedDetail', retryable: true };
    default:
      return assertNever(item.deliveryStatus);
  }
}
