'use client';
import { useState, type RefObject } from 'react';

export interface UseCopyOptions {
  /** Selected instead when the clipboard is out of reach (no permission, plain http). */
  fallbackRef: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
  /** How long "copied" shows; without it, it stays until the component goes away. */
  resetAfterMs?: number;
}

/**
 * Copies text to the clipboard; `copied` turns true on success. Without clipboard access the
 * fallback field's text is selected so the user can copy it by hand.
 */
export function useCopy({ fallbackRef, resetAfterMs }: UseCopyOptions) {
  const [copied, setCopied] = useState(false);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      if (resetAfterMs !== undefined) setTimeout(() => setCopied(false), resetAfterMs);
    } catch {
      fallbackRef.current?.select();
    }
  };
  return { copied, copy };
}
