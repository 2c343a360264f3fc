/** A same-site path to continue to after auth; anything else (absolute, protocol-relative) → fallback. */
export function safeNext(next: string | undefined, fallback: string): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}
