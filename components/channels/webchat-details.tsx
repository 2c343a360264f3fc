'use client';
import { useTranslations } from 'next-intl';
import { channelUrls } from './channel-urls';
import { CopyField } from './copy-field';

/** How to reach a web chat channel: the hosted page and the two embed snippets. */
export function WebchatDetails({ origin, publicKey }: { origin: string; publicKey: string }) {
  const t = useTranslations('channels');
  const urls = channelUrls(origin, publicKey);
  return (
    <div className="flex flex-col gap-4">
      <CopyField
        label={t('chatPage')}
        value={urls.chatPage}
        hint={t('chatPageHint')}
        actions={
          <a
            href={urls.chatPage}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('openLabel')}
            className="inline-flex h-9 items-center rounded-md px-3 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50"
          >
            {t('open')}
          </a>
        }
      />
      <div className="flex flex-col gap-3">
        <h4 className="text-sm font-semibold text-slate-900">{t('embedTitle')}</h4>
        <CopyField
          label={t('embedScript')}
          value={urls.scriptSnippet}
          hint={t('embedScriptHint')}
          multiline
        />
        <CopyField
          label={t('embedIframe')}
          value={urls.iframeSnippet}
          hint={t('embedIframeHint')}
          multiline
        />
      </div>
    </div>
  );
}
