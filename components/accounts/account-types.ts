/** The account kinds the API accepts (server/db/schema.ts `accountTypeEnum`), in display order. */
export const accountTypes = ['wechat_mp', 'wecom', 'web'] as const;
export type AccountType = (typeof accountTypes)[number];
