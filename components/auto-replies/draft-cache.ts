import { type AutoReplySettings } from '@/core';

export interface Baseline {
  settings: AutoReplySettings;
  revision: number;
}

/**
 * Unsaved drafts by account, kept for the life of the page so switching tabs or pages inside the
 * app (which unmounts the form) never loses what the user wrote. A reload is covered by the
 * beforeunload warning instead.
 */
export const draftCache = new Map<string, { baseline: Baseline; draft: AutoReplySettings }>();
