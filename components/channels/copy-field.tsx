'use client';
import { useTranslations } from 'next-intl';
import { useId, useRef, type ReactNode } from 'react';
import { useCopy } from '@/components/lib/use-copy';
import { Button } from '@/components/ui/button';

export interface CopyFieldProps {
  label: string;
  value: string;
  hint?: ReactNode;
  /** Long values (HTML snippets) wrap over a few lines instead of scrolling sideways. */
  multiline?: boolean;
  /** Extra controls next to the copy button (e.g. an "Open" link). */
  actions?: ReactNode;
}

/** A read-only value with a copy button; without clipboard access the text is selected instead. */
export function CopyField({ label, value, hint, multiline = false, actions }: CopyFieldProps) {
  const t = useTranslations('channels');
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const { copied, copy } = useCopy({ fallbackRef: ref, resetAfterMs: 2000 });

  const common = {
    ref,
    id,
    readOnly: true,
    value,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => e.currentTarget.select(),
    className:
      'min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 font-mono text-xs text-slate-800',
  };

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        {multiline ? (
          <textarea {...common} rows={2} className={`${common.className} resize-none py-2 break-all`} />
        ) : (
          <input {...common} className={`${common.className} h-9`} />
        )}
        <div className="flex shrink-0 gap-2">
          <Button
            variant="secondary"
            size="sm"
            className="h-9"
            onClick={() => void copy(value)}
            aria-label={t('copyLabel', { label })}
          >
            {copied ? t('copied') : t('copy')}
          </Button>
          {actions}
        </div>
      </div>
      <span role="status" className="sr-only">
        {copied ? t('copied') : ''}
      </span>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
