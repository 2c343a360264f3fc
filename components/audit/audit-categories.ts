/** The filters `audit.list` accepts, in the order the page offers them. */
export const auditCategories = ['all', 'publishing', 'credentials', 'members', 'accounts'] as const;

export type AuditCategory = (typeof auditCategories)[number];
