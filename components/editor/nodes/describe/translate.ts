/**
 * A next-intl translator over the whole message tree: `useTranslations()` in components,
 * `createTranslator({ locale, messages })` elsewhere. Summaries read their own phrases under
 * `editorNodes.describe` and `editorNodes.more`, and name events, media types and message kinds with
 * the inspector's keys, so the canvas and the inspector call each thing the same.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
