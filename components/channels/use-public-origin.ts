'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * The origin visitors reach this server on: the configured public URL when there is one (behind a
 * proxy it may differ from the address the admin uses), else the browser's. Empty during SSR.
 */
export function usePublicOrigin(configured: string | null): string {
  const browser = useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => '',
  );
  return configured ?? browser;
}
