'use client';
import { useTranslations } from 'next-intl';
import { Dialog } from '@/components/ui/dialog';
import { PublishForm } from './publish-form';

export interface PublishDialogProps {
  flowId: string;
  open: boolean;
  onClose: () => void;
  onFocusNode: (nodeId: string) => void;
  onFocusEdge: (edgeId: string) => void;
}

/** "Publish flow": the form mounts only while open, so every opening saves, compiles and asks afresh. */
export function PublishDialog({ flowId, open, onClose, onFocusNode, onFocusEdge }: PublishDialogProps) {
  const t = useTranslations('publish.dialog');
  return (
    <Dialog open={open} onClose={onClose} title={t('title')} description={t('description')}>
      <PublishForm
        flowId={flowId}
        onClose={onClose}
        onFocus={({ nodeId, edgeId }) => {
          onClose();
          if (nodeId) onFocusNode(nodeId);
          else if (edgeId) onFocusEdge(edgeId);
        }}
      />
    </Dialog>
  );
}
