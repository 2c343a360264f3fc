/**
 * Every action the server writes to the audit log (grep the server for `action: '`). The page has a
 * sentence for each; an action missing here still shows, as its code.
 */
export const auditActions = [
  'flow.publish',
  'flow.deploy',
  'flow.rollback',
  'flow.unpublish',
  'flow.restore',
  'flow.delete',
  'deployment.priority',
  'deployment.trigger-priority',
  'account.auto-replies',
  'account.create',
  'account.update',
  'account.archive',
  'account.set-http-allowlist',
  'channel.create',
  'channel.rotate-secret',
  'channel.delete',
  'member.invite',
  'member.join',
  'member.role',
  'member.remove',
  'workspace.create',
  'conversation.release',
] as const;

export type AuditAction = (typeof auditActions)[number];
