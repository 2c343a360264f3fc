import { type AutoReplySettings, autoReplySettingsSchema } from './auto-reply-settings-schema';

/** Fresh settings with every part disabled (a new object each call). */
export function emptyAutoReplySettings(): AutoReplySettings {
  return autoReplySettingsSchema.parse({});
}
