'use client';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useEditorStore, useEditorStoreApi } from '../store/editor-store-context';
import { type DraftBackup, draftBackup } from './draft-backup';
import { sameJson } from './same-json';
import { useDraftBackup } from './use-draft-backup';

type Decision = { state: 'waiting' } | { state: 'offer'; backup: DraftBackup } | { state: 'decided' };

/**
 * The local safety net, mounted once per editor: keeps unsaved edits in `localStorage` (see
 * `useDraftBackup`) and, when the flow opens with a backup that differs from the server draft, asks
 * whether to restore it. Restoring replaces the document (one undo step, unsaved, so autosave sends
 * it); if the server moved past the backup's base revision, the store goes straight to conflict so
 * the conflict dialog decides. Nothing happens until the store holds the server draft (revision > 0).
 */
export function RestoreBackupDialog({ flowId }: { flowId: string }) {
  const t = useTranslations('editorSave.restore');
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const store = useEditorStoreApi();
  const loaded = useEditorStore((state) => state.revision > 0);
  const readOnly = useEditorStore((state) => state.readOnly);
  const [decision, setDecision] = useState<Decision>({ state: 'waiting' });

  useEffect(() => {
    if (!loaded || decision.state !== 'waiting') return;
    const state = store.getState();
    const backup = readOnly ? null : draftBackup.read(flowId);
    if (backup && !sameJson(backup.doc, state.doc)) {
      setDecision({ state: 'offer', backup });
      return;
    }
    if (backup) draftBackup.remove(flowId);
    setDecision({ state: 'decided' });
  }, [loaded, readOnly, decision.state, store, flowId]);

  useDraftBackup({ flowId, enabled: decision.state === 'decided' });

  const offered = decision.state === 'offer' ? decision.backup : null;
  const serverMoved = offered !== null && offered.baseRevision !== store.getState().revision;

  const restore = () => {
    if (!offered) return;
    const current = store.getState().revision;
    store.getState().replaceDocument(offered.doc);
    if (offered.baseRevision !== current) store.getState().markConflict(current);
    setDecision({ state: 'decided' });
  };
  const discard = () => {
    draftBackup.remove(flowId);
    setDecision({ state: 'decided' });
  };

  return (
    <Dialog
      open={offered !== null}
      // A choice is required: closing would silently keep or lose the backup.
      onClose={() => {}}
      title={t('title')}
      description={
        offered ? (
          <>
            <p>{t('message', { when: format.relativeTime(new Date(offered.savedAt), now) })}</p>
            {serverMoved ? <p className="mt-2">{t('conflictNote')}</p> : null}
          </>
        ) : null
      }
    >
      <div className="flex flex-wrap justify-end gap-2" data-testid="restore-backup-dialog">
        <Button variant="secondary" onClick={discard}>
          {t('discard')}
        </Button>
        <Button onClick={restore} autoFocus>
          {t('restore')}
        </Button>
      </div>
    </Dialog>
  );
}
