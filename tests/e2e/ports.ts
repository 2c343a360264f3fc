/** The seeded product server of the e2e suite. */
export const PORT = Number(process.env.E2E_PORT ?? 3917);
/** A second server with an empty database, for the first-run setup (tests/e2e/first-run.spec.ts). */
export const FRESH_PORT = PORT + 1;
/** The fake WeChat API the e2e servers may call (allowed through REPLYFLOW_WECHAT_API_BASES). */
export const FAKE_WECHAT_PORT = PORT + 10;
