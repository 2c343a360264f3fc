import { useTranslations } from 'next-intl';
import type { WebchatErrorCode } from './classify-webchat-error';
import { WebchatIcon } from './webchat-icon';

/** The notices above the transcript: a human agent has the conversation; a call failed. */
export function ChatBanners(props: {
  handoff: boolean;
  error: WebchatErrorCode | null;
  onReconnect: (() => void) | null;
}) {
  const t = useTranslations('webchat');
  if (!props.handoff && !props.error) return null;
  return (
    <div className="flex shrink-0 flex-col gap-2 border-b border-slate-200 bg-white px-3 py-2">
      {props.handoff ? (
        <p
          role="status"
          className="flex items-center gap-2 rounded-xl bg-sky-50 px-3 py-2 text-sm text-sky-800"
        >
          <WebchatIcon name="agent" className="h-4 w-4 shrink-0" />
          {t('handoff')}
        </p>
      ) : null}
      {props.error ? (
        <div
          role="alert"
          className="flex items-center gap-2 rounded-xl bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <WebchatIcon name="alert" className="h-4 w-4 shrink-0" />
          <span className="flex-1">{t(`errors.${props.error}`)}</span>
          {props.onReconnect ? (
            <button
              type="button"
              onClick={props.onReconnect}
              className="shrink-0 rounded-full bg-white px-3 py-1 text-xs font-medium text-red-700 ring-1 ring-red-200 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-600"
            >
              {t('reconnect')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
