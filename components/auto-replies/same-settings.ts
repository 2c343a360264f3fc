import { type AutoReplySettings } from '@/core';

/** JSON with object keys sorted, so key order never counts as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Whether two drafts say the same thing (the dirty check): deep equality, key order ignored. */
export function sameSettings(a: AutoReplySettings, b: AutoReplySettings): boolean {
  return a === b || canonical(a) === canonical(b);
}
