'use client';
import { useTranslations } from 'next-intl';
import { useEditorStore } from '../store/editor-store-context';
import { computePublishStatus } from './publish-status';
import { useFlowPublishInfo } from './use-flow-publish-info';

const tones = {
  never: 'bg-slate-100 text-slate-600',
  published: 'bg-emerald-50 text-emerald-800',
  changed: 'bg-amber-50 text-amber-800',
} as const;

/**
 * "Not published" | "Published v3" | "v3 · unpublished changes" (`data-testid="publish-status"`),
 * comparing the latest version's draft revision with the editor's saved draft; follows saves and
 * publishing.
 */
export function PublishStatusBadge({ flowId }: { flowId: string }) {
  const t = useTranslations('publish.status');
  const info = useFlowPublishInfo(flowId);
  const savedRevision = useEditorStore((s) => s.revision);
  const dirty = useEditorStore((s) => s.docVersion !== s.savedVersion);
  if (!info) return null;
  const status = computePublishStatus({ ...info, savedRevision, dirty });
  const text = status.kind === 'never' ? t('never') : t(status.kind, { version: status.version });
  return (
    <span
      data-testid="publish-status"
      data-status={status.kind}
      className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${tones[status.kind]}`}
    >
      {text}
    </span>
  );
}
