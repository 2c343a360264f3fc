'use client';
import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { useCopy } from '@/components/lib/use-copy';
import { Button } from '@/components/ui/button';

/** The freshly created invite link (shown once: the server keeps only its hash) with a copy button. */
export function InviteLink({ url, email }: { url: string; email: string }) {
  const t = useTranslations('members');
  const inputRef = useRef<HTMLInputElement>(null);
  const { copied, copy } = useCopy({ fallbackRef: inputRef });

  return (
    <div role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 p-4">
      <p className="text-sm font-medium text-emerald-900">{t('linkReady', { email })}</p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <label className="sr-only" htmlFor="invite-link">
          {t('inviteLink')}
        </label>
        <input
          ref={inputRef}
          id="invite-link"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="h-10 flex-1 rounded-md border border-emerald-300 bg-white px-3 font-mono text-xs"
        />
        <Button variant="secondary" onClick={() => void copy(url)}>
          {copied ? t('copied') : t('copy')}
        </Button>
      </div>
      <p className="mt-2 text-xs text-emerald-800">{t('linkHint')}</p>
    </div>
  );
}
