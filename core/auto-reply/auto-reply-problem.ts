/**
 * A reason the auto-reply settings cannot be published, located by `path` in the settings
 * (e.g. `['keywordRules', 2, 'reply']`; `[]` when it concerns no single part). `code` is stable:
 * a compiler diagnostic code, or one of `empty-reply`, `duplicate-keyword`, `invalid-time-window`.
 */
export interface AutoReplyProblem {
  path: (string | number)[];
  code: string;
  message: string;
  /** The message in Chinese, where one exists. */
  messageZh?: string;
}
