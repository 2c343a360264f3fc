import { useTranslations } from 'next-intl';
import { WebchatIcon } from './webchat-icon';

/** In place of the transcript when the channel does not exist or is switched off. */
export function ChatUnavailable() {
  const t = useTranslations('webchat');
  return (
    <div
      role="alert"
      className="flex flex-1 flex-col items-center justify-center gap-3 bg-slate-50 px-8 text-center"
    >
      <div className="flex h-14 w-14 items-center justify-center rounded-full bg-slate-200 text-slate-500">
        <WebchatIcon name="chat" className="h-7 w-7" />
      </div>
      <p className="text-base font-medium text-slate-700">{t('errors.unavailable')}</p>
    </div>
  );
}
