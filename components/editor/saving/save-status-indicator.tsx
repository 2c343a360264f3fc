'use client';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import { useEditorStore } from '../store/editor-store-context';
import { type SaveStatus } from '../store/editor-state';

const looks: Record<SaveStatus, { glyph: string; tone: string }> = {
  saved: { glyph: '✓', tone: 'text-emerald-700' },
  unsaved: { glyph: '●', tone: 'text-amber-600' },
  saving: { glyph: '↻', tone: 'text-sky-700' },
  offline: { glyph: '⚠', tone: 'text-orange-700' },
  error: { glyph: '!', tone: 'text-red-700' },
  conflict: { glyph: '⇄', tone: 'text-red-700' },
};

/**
 * The editor top bar's save state (`role="status"`, `data-testid="save-status"`; not shown when
 * read-only), with the revision and when it was last saved as secondary text. `savedAt` is the flow's `updatedAt` (kept current in the
 * `flow.get` cache by `useAutosave`).
 */
export function SaveStatusIndicator({ savedAt }: { savedAt?: Date | string | null }) {
  const t = useTranslations('editorSave');
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const status = useEditorStore((state) => state.saveStatus);
  const revision = useEditorStore((state) => state.revision);
  const readOnly = useEditorStore((state) => state.readOnly);
  if (revision === 0) return null;

  const detail = savedAt
    ? t('lastSaved', { revision, when: relativeToNow(format, new Date(savedAt), now) })
    : t('revisionOnly', { revision });
  const look = looks[status];

  return (
    <div className="flex min-w-0 items-center gap-2 text-xs" title={detail}>
      {readOnly ? null : (
        <span
          role="status"
          data-testid="save-status"
          data-status={status}
          className={`inline-flex min-w-0 items-center gap-1 font-medium ${look.tone}`}
        >
          <span aria-hidden="true" className={status === 'saving' ? 'inline-block animate-spin' : undefined}>
            {look.glyph}
          </span>
          <span className="truncate">{t(`status.${status}`)}</span>
        </span>
      )}
      {/* Read-only editors (the top bar says so) show only when the flow was last saved. */}
      <span className={readOnly ? 'truncate text-slate-500' : 'hidden truncate text-slate-500 md:inline'}>
        {detail}
      </span>
    </div>
  );
}

/** `now` ticks every 30 s, so a save that just happened can be "in the future": show it as now. */
function relativeToNow(format: ReturnType<typeof useFormatter>, when: Date, now: Date): string {
  return format.relativeTime(when, when > now ? when : now);
}
