'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Button } from '@/components/ui/button';
import { useEditorStore } from '../store/editor-store-context';
import { PublishDialog } from './publish-dialog';
import { PublishStatusBadge } from './publish-status-badge';

export interface PublishControlsProps {
  flowId: string;
  onFocusNode: (nodeId: string) => void;
  onFocusEdge: (edgeId: string) => void;
}

/**
 * The editor top bar's publishing corner: what is published, the flow's history, and "Publish"
 * (not for viewers or a read-only editor; the server refuses them too).
 */
export function PublishControls({ flowId, onFocusNode, onFocusEdge }: PublishControlsProps) {
  const t = useTranslations('publish');
  const { workspaceId, canEdit } = useWorkspace();
  const readOnly = useEditorStore((s) => s.readOnly);
  const [open, setOpen] = useState(false);
  const canPublish = canEdit && !readOnly;

  return (
    <div className="flex items-center gap-2">
      <PublishStatusBadge flowId={flowId} />
      <Link
        href={`/w/${workspaceId}/flows/${flowId}/history`}
        className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
      >
        {t('history')}
      </Link>
      {canPublish ? (
        <>
          <Button size="sm" onClick={() => setOpen(true)}>
            {t('button')}
          </Button>
          <PublishDialog
            flowId={flowId}
            open={open}
            onClose={() => setOpen(false)}
            onFocusNode={onFocusNode}
            onFocusEdge={onFocusEdge}
          />
        </>
      ) : null}
    </div>
  );
}
