/**
 * Every action written to the audit log, by the filter the audit page offers. Pure constants: the
 * router filters with them and the page has a sentence for each (one list for both).
 */
export const auditActionsByCategory = {
  publishing: [
    'flow.publish',
    'flow.deploy',
    'flow.rollback',
    'flow.unpublish',
    'flow.restore',
    'flow.delete',
    'deployment.priority',
    'deployment.trigger-priority',
    'account.auto-replies',
  ],
  credentials: [
    'channel.create',
    'channel.update-settings',
    'channel.retry-delivery',
    'channel.rotate-secret',
    'channel.delete',
    'account.set-http-allowlist',
  ],
  members: ['member.invite', 'member.join', 'member.role', 'member.remove', 'workspace.create'],
  accounts: ['account.create', 'account.update', 'account.archive', 'conversation.release'],
} as const;

export type AuditCategory = 'all' | keyof typeof auditActionsByCategory;
export type AuditAction = (typeof auditActionsByCategory)[keyof typeof auditActionsByCategory][number];

/** The filters `audit.list` accepts, in the order the page offers them. */
export const auditCategories = [
  'all',
  'publishing',
  'credentials',
  'members',
  'accounts',
] as const satisfies readonly AuditCategory[];

export const auditActions: readonly AuditAction[] = Object.values(auditActionsByCategory).flat();
