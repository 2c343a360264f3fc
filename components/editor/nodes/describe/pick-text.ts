import { type LocalizedText } from '@/core';

/** Chooses one language of a core `{ en, zh }` text; `usePickLocalized()` returns one. */
export type PickText = (text: LocalizedText) => string;
