'use client';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { type AutoReplySettings } from '@/core';
import { useCopy } from '@/components/lib/use-copy';
import { Button } from '@/components/ui/button';
import { draftTextSummary } from './draft-text-summary';

export interface ConflictNoticeProps {
  /** The draft that could not be saved. */
  mine: AutoReplySettings;
  /** The server's newer version has arrived (the buttons wait for it). */
  theirsReady: boolean;
  onLoadTheirs(): void;
  onKeepMine(): void;
  onDismiss(): void;
}

/**
 * Someone else saved first. Either load their version (this draft's text stays here to copy back)
 * or keep this draft on top of theirs, so the next save replaces their changes.
 */
export function ConflictNotice({
  mine,
  theirsReady,
  onLoadTheirs,
  onKeepMine,
  onDismiss,
}: ConflictNoticeProps) {
  const t = useTranslations('autoReplies.conflict');
  const tSummary = useTranslations('autoReplies.summary');
  const [loaded, setLoaded] = useState(false);
  const areaId = useId();
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const { copied, copy } = useCopy({ fallbackRef: areaRef, resetAfterMs: 2000 });
  const text = draftTextSummary(mine, {
    follow: tSummary('section.follow'),
    defaultReply: tSummary('section.defaultReply'),
    offHours: tSummary('section.offHours'),
    keywords: t('keywords'),
    rule: (number, name) =>
      name.trim() ? `${tSummary('rule', { number })}: ${name}` : tSummary('rule', { number }),
  });
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <p className="font-medium">{loaded ? t('loadedTitle') : t('title')}</p>
      <p>{loaded ? t('loadedBody') : t('body')}</p>
      {loaded ? null : (
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            disabled={!theirsReady}
            onClick={() => {
              onLoadTheirs();
              setLoaded(true);
            }}
          >
            {theirsReady ? t('loadTheirs') : t('fetching')}
          </Button>
          <Button size="sm" variant="secondary" disabled={!theirsReady} onClick={onKeepMine}>
            {t('keepMine')}
          </Button>
        </div>
      )}
      {text ? (
        <div className="flex flex-col gap-1">
          <label className="text-xs font-medium" htmlFor={areaId}>
            {t('myText')}
          </label>
          <textarea
            id={areaId}
            ref={areaRef}
            readOnly
            rows={Math.min(12, text.split('\n').length + 1)}
            value={text}
            className="rounded-md border border-amber-200 bg-white px-2 py-1 font-mono text-xs text-slate-800"
          />
          <div className="flex gap-2">
            <Button size="sm" variant="secondary" onClick={() => void copy(text)}>
              {copied ? t('copied') : t('copy')}
            </Button>
            {loaded ? (
              <Button size="sm" variant="ghost" onClick={onDismiss}>
                {t('dismiss')}
              </Button>
            ) : null}
          </div>
        </div>
      ) : loaded ? (
        <Button size="sm" variant="ghost" className="w-fit" onClick={onDismiss}>
          {t('dismiss')}
        </Button>
      ) : null}
    </div>
  );
}
