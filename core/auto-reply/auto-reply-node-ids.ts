/**
 * The node ids of a generated auto-reply document. They are deterministic so that a document
 * rebuilt from the same settings is identical and diagnostics map back to settings paths.
 */
export const autoReplyNodeIds = {
  follow: 'follow',
  followReply: 'follow-reply',
  keyword: (ruleId: string) => `kw-${ruleId}`,
  keywordReply: (ruleId: string) => `kw-${ruleId}-reply`,
  fallback: 'default',
  defaultReply: 'default-reply',
  businessHours: 'business-hours',
  offHoursReply: 'off-hours-reply',
  /** The business-hours condition's branch (and port) taken inside opening hours. */
  inHoursBranch: 'in-hours',
} as const;
