'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

function detectMac(): boolean {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform ??
    '';
  return /mac|iphone|ipad|ipod/i.test(platform) || /Mac OS X|iPhone|iPad/.test(navigator.userAgent);
}

/** Whether shortcuts use ⌘ (macOS and iOS). False during server rendering and hydration. */
export function useIsMac(): boolean {
  return useSyncExternalStore(subscribe, detectMac, () => false);
}
