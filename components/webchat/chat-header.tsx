import { useTranslations } from 'next-intl';
import { safeUrl } from './safe-url';
import { WebchatIcon } from './webchat-icon';
import { SafeImage } from './safe-image';

/**
 * The window's title bar: avatar, channel title and status. Embedded (the launcher's iframe) it is
 * compact and has a close button that asks the host page to fold the chat away.
 */
export function ChatHeader(props: {
  title: string;
  avatarUrl: string | null;
  connecting: boolean;
  embed: boolean;
}) {
  const t = useTranslations('webchat');
  const avatar = safeUrl(props.avatarUrl);
  const initial = Array.from(props.title.trim())[0]?.toUpperCase() ?? '?';
  const monogram = (
    <div
      aria-hidden="true"
      className="flex h-10 w-10 items-center justify-center rounded-full bg-white/20 text-lg font-semibold ring-2 ring-white/40"
    >
      {initial}
    </div>
  );
  return (
    <header
      className={`flex shrink-0 items-center gap-3 bg-linear-to-br from-brand-600 to-emerald-500 text-white ${props.embed ? 'px-4 py-3' : 'px-5 py-4'}`}
    >
      <div className="relative shrink-0">
        {avatar ? (
          <SafeImage
            src={avatar}
            alt=""
            className="h-10 w-10 rounded-full bg-white/20 object-cover ring-2 ring-white/40"
            fallback={monogram}
          />
        ) : (
          monogram
        )}
        <span
          aria-hidden="true"
          className={`absolute right-0 bottom-0 h-3 w-3 rounded-full ring-2 ring-brand-600 ${props.connecting ? 'bg-amber-300' : 'bg-lime-300'}`}
        />
      </div>
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-base leading-tight font-semibold">{props.title}</h1>
        <p className="truncate text-xs text-white/80">{props.connecting ? t('connecting') : t('status')}</p>
      </div>
      {props.embed ? (
        <button
          type="button"
          aria-label={t('close')}
          title={t('close')}
          onClick={() => window.parent.postMessage({ type: 'replyflow:close' }, '*')}
          className="flex h-9 w-9 items-center justify-center rounded-full text-white/90 hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-white"
        >
          <WebchatIcon name="close" className="h-5 w-5" />
        </button>
      ) : null}
    </header>
  );
}
