'use client';
import { useEffect } from 'react';
import { useEditorStoreApi } from '../store/editor-store-context';
import { createBackupMirror } from './create-backup-mirror';

/**
 * While `enabled`, keeps the local backup of unsaved edits current (see `createBackupMirror`), and
 * writes it at once when the page is hidden or about to unload (`pagehide`, `beforeunload`).
 */
export function useDraftBackup({ flowId, enabled }: { flowId: string; enabled: boolean }): void {
  const store = useEditorStoreApi();

  useEffect(() => {
    if (!enabled) return;
    const mirror = createBackupMirror({ store, flowId });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') mirror.writeNow();
    };
    window.addEventListener('pagehide', mirror.writeNow);
    window.addEventListener('beforeunload', mirror.writeNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', mirror.writeNow);
      window.removeEventListener('beforeunload', mirror.writeNow);
      document.removeEventListener('visibilitychange', onVisibility);
      mirror.dispose();
    };
  }, [store, flowId, enabled]);
}
